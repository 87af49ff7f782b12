package org.seizureforecast.adapter.dashboard;

import static io.restassured.RestAssured.given;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.seizureforecast.adapter.KafkaTestResource;
import org.seizureforecast.adapter.TestKafka;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;

/**
 * Scale: 50 patients stream at once through Kafka (the real chb01_03 excerpts, see
 * {@link WardScenario}) at 4x real time, i.e. the load of 200 patients, while the ward view is
 * open in headless Chromium. Measures and prints the score events per second the page received,
 * how long it took to catch up after the last window was scored, and the browser's main-thread
 * time (Chrome DevTools Performance metrics, long tasks, the ward's frame flushes). Asserts only
 * loosely: every event arrives, the page keeps up. Then takes the README's screenshots of the
 * ward and of a patient's EEG around an alarm: {@code -Dscreenshots=docs/img} regenerates them.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class DashboardScaleTest {
    private static final int PATIENTS = 50;
    private static final double SPEED = 4.0;

    @TestHTTPResource("/")
    URL root;

    @Test
    void wardKeepsUpWithFiftyPatientsStreamingAtOnce() throws Exception {
        List<WardScenario.Patient> ward = WardScenario.build(PATIENTS);
        int expected =
                ward.stream().mapToInt(WardScenario.Patient::expectedWindows).sum();
        for (int n : WardScenario.FORECAST) {
            given().contentType("application/json")
                    .body(Map.of("forecastThreshold", 0.01, "forecastMinCoverage", 0.05))
                    .put("/api/v1/patients/{id}/policy", WardScenario.id(n))
                    .then()
                    .statusCode(200);
        }
        try (Browser b = Browser.open(1920, 1080);
                KafkaProducer<String, byte[]> kafka = TestKafka.producer()) {
            b.driver.get(root.toString());
            DashboardTest.awaitLive(b);
            b.cdp("Performance.enable", Map.of("timeDomain", "timeTicks"));
            Map<String, Double> before = b.performanceMetrics();
            Map<String, Object> statsBefore = stats(b);
            double pageStartMs = ((Number) b.js("return performance.now()")).doubleValue();
            long start = System.nanoTime();

            stream(kafka, ward);
            long sent = System.nanoTime();
            awaitServerScored(expected);
            long scored = System.nanoTime();
            double baseline = ((Number) statsBefore.get("scores")).doubleValue();
            b.await(
                    "all " + expected + " score events on the page",
                    ofSeconds(60),
                    () -> ((Number) stats(b).get("scores")).doubleValue() - baseline >= expected);
            long caughtUp = System.nanoTime();
            Map<String, Double> after = b.performanceMetrics();
            Map<String, Object> statsAfter = stats(b);

            double wall = (caughtUp - start) / 1e9;
            double delivered = ((Number) statsAfter.get("scores")).doubleValue() - baseline;
            double span = (((Number) statsAfter.get("lastEventMs")).doubleValue() - pageStartMs) / 1000;
            double busy = delta(before, after, "TaskDuration");
            double flushes = ((Number) statsAfter.get("flushes")).doubleValue()
                    - ((Number) statsBefore.get("flushes")).doubleValue();
            double flushMs = ((Number) statsAfter.get("flushMsTotal")).doubleValue()
                    - ((Number) statsBefore.get("flushMsTotal")).doubleValue();
            System.out.printf(
                    """
                    DashboardScaleTest: %d patients streaming through Kafka at %.0fx real time (%d score windows)
                      sent in %.1f s; service scored all %.1f s after the first frame; page caught up %.2f s after that
                      page received %.0f score events + %s alarm events; %.0f score events/s over %.1f s (page's clock)
                      main thread busy %.2f s of %.1f s (%.1f %%): script %.2f s, layout %.2f s, style %.2f s
                      long tasks (>50 ms): %s, %.0f ms in all; ward frame flushes: %.0f, mean %.2f ms, max %.1f ms
                      ward 1 s ticks: %.0f, mean %.2f ms, max %.1f ms
                      page: %.0f DOM nodes, JS heap %.1f MB
                    """,
                    PATIENTS,
                    SPEED,
                    expected,
                    (sent - start) / 1e9,
                    (scored - start) / 1e9,
                    (caughtUp - scored) / 1e9,
                    delivered,
                    statsAfter.get("alarms"),
                    delivered / Math.max(span, 1e-3),
                    span,
                    busy,
                    wall,
                    100 * busy / wall,
                    delta(before, after, "ScriptDuration"),
                    delta(before, after, "LayoutDuration"),
                    delta(before, after, "RecalcStyleDuration"),
                    statsAfter.get("longTasks"),
                    ((Number) statsAfter.get("longTaskMs")).doubleValue(),
                    flushes,
                    flushes == 0 ? 0 : flushMs / flushes,
                    ((Number) statsAfter.get("flushMsMax")).doubleValue(),
                    num(statsAfter, "ticks"),
                    num(statsAfter, "tickMsTotal") / Math.max(1, num(statsAfter, "ticks")),
                    num(statsAfter, "tickMsMax"),
                    after.get("Nodes"),
                    after.get("JSHeapUsedSize") / 1e6);

            assertThat(delivered).as("score events delivered to the page").isGreaterThanOrEqualTo(expected);
            assertThat((caughtUp - scored) / 1e9)
                    .as("seconds the page lagged behind the service")
                    .isLessThan(15);
            assertThat(busy / wall).as("share of the main thread used").isLessThan(0.9);
            for (WardScenario.Patient p : ward) {
                assertThat(b.all(DashboardTest.row(p.id())))
                        .as("row of " + p.id())
                        .hasSize(1);
            }
            screenshots(b);
        }
    }

    /** Lockstep rounds: every patient's next 1 s frame, then a pause so EEG time runs at SPEED x. */
    private static void stream(KafkaProducer<String, byte[]> kafka, List<WardScenario.Patient> ward)
            throws InterruptedException {
        int rounds = ward.stream().mapToInt(p -> p.frames().size()).max().orElse(0);
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (WardScenario.Patient p : ward) {
                if (r < p.frames().size()) {
                    EegFrame f = p.frames().get(r);
                    sent.add(kafka.send(new ProducerRecord<>(Topics.WINDOWS, f.patientId(), FrameCodec.encode(f))));
                }
            }
            TestKafka.awaitAcks(sent);
            long due = t0 + (long) ((r + 1) * 1e9 / SPEED);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    private static void awaitServerScored(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        int scored = 0;
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> patients =
                    given().get("/api/v1/patients").jsonPath().getList("$");
            scored = patients.stream()
                    .filter(p -> ((String) p.get("patientId")).startsWith("bed-"))
                    .mapToInt(p -> ((Number) p.get("windowsScored")).intValue())
                    .sum();
            if (scored >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service scored " + scored + " of " + expected + " windows in 120 s");
    }

    /** The ward with a few alarms acknowledged, and one patient's EEG around its seizure alarm. */
    private void screenshots(Browser b) {
        JsonPath alarms = given().get("/api/v1/alarms").jsonPath();
        List<Map<String, Object>> all = alarms.getList("$");
        String reviewed = null;
        for (Map<String, Object> a : all) {
            String patient = (String) a.get("patientId");
            if (patient.equals("bed-11") || patient.equals("bed-24") || patient.equals("bed-29")) {
                given().contentType("application/json")
                        .body(Map.of(
                                "by",
                                "Nurse Okafor",
                                "note",
                                patient.equals("bed-29")
                                        ? "Risk trend reviewed with the neurologist"
                                        : "At bedside, seizure confirmed"))
                        .post("/api/v1/alarms/{id}/ack", a.get("id"))
                        .then()
                        .statusCode(200);
            }
            if (patient.equals("bed-17") && "SEIZURE".equals(a.get("kind"))) {
                reviewed = (String) a.get("id");
            }
        }
        b.await(
                "the acknowledgements on the ward",
                ofSeconds(10),
                () -> b.all("#acked li[data-alarm-id]").size() >= 3);
        b.js("window.scrollTo(0, 0)");
        b.screenshot(Browser.screenshotDir().resolve("ward.png"));

        assertThat(reviewed).as("bed-17's seizure alarm").isNotNull();
        b.viewport(1920, 1750);
        b.driver.get(root + "#/patient/bed-17/alarm/" + reviewed);
        b.await(
                "the EEG around bed-17's alarm",
                ofSeconds(20),
                () -> "drawn".equals(b.attr("#eeg-panel", "data-state")));
        b.await("the risk history drawn", ofSeconds(10), () -> {
            String drawn = b.attr(".risk-panel", "data-drawn");
            return drawn != null && !"0".equals(drawn);
        });
        b.js("document.activeElement.blur(); window.scrollTo(0, 0)");
        b.screenshot(Browser.screenshotDir().resolve("patient.png"));
    }

    private static Map<String, Object> stats(Browser b) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) b.js("""
                const s = dashboard.stats;
                return { scores: s.events.score, alarms: s.events.alarm, lastEventMs: s.lastEventMs, flushes: s.flushes, flushMsTotal: s.flushMsTotal,
                         flushMsMax: s.flushMsMax, ticks: s.ticks, tickMsTotal: s.tickMsTotal, tickMsMax: s.tickMsMax,
                         longTasks: s.longTasks, longTaskMs: s.longTaskMs };""");
        return s;
    }

    private static double num(Map<String, Object> stats, String key) {
        return ((Number) stats.get(key)).doubleValue();
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String metric) {
        return after.getOrDefault(metric, 0.0) - before.getOrDefault(metric, 0.0);
    }
}
