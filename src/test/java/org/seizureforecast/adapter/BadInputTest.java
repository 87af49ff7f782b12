package org.seizureforecast.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.core.signal.Rejection;

/**
 * Acceptance: each kind of bad input, on the real broker, goes to the DLQ with the right reason
 * header, is counted, and the next good record of the same patient is still processed; the same
 * input over REST gets a 4xx problem document.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {
    private static final List<String> CHANNELS = List.of(
            "FP1-F7", "F7-T7", "T7-P7", "P7-O1", "FP1-F3", "F3-C3", "C3-P3", "P3-O1", "FP2-F4", "F4-C4", "C4-P4",
            "P4-O2", "FP2-F8", "F8-T8", "T8-P8", "P8-O2", "FZ-CZ", "CZ-PZ");
    private static final long T0 = 1_700_000_000_000_000L;

    /** A 1 s, 256 Hz frame of a 10 Hz sine on every channel. */
    static EegFrame frame(String patient, long seq, long start, List<String> channels, double rate, int n) {
        float[] s = new float[channels.size() * n];
        for (int c = 0; c < channels.size(); c++) {
            for (int i = 0; i < n; i++) {
                s[c * n + i] = (float) (30 * Math.sin(2 * Math.PI * 10 * (start / 1e6 + i / rate)));
            }
        }
        return new EegFrame(1, patient, "s1", seq, start, rate, channels, n, s);
    }

    static EegFrame good(String patient, long seq) {
        return frame(patient, seq, T0 + seq * 1_000_000L, CHANNELS, 256, 256);
    }

    /** A case: the good frames sent first, the bad bytes, the reason expected. */
    record Case(String name, Rejection reason, Function<String, List<byte[]>> before, Function<String, byte[]> bad) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        Function<String, List<byte[]>> one = p -> List.of(FrameCodec.encode(good(p, 0)));
        return Stream.of(
                        new Case(
                                "truncated",
                                Rejection.TRUNCATED,
                                one,
                                p -> Arrays.copyOf(FrameCodec.encode(good(p, 1)), 200)),
                        new Case("wrong-version", Rejection.UNSUPPORTED_VERSION, one, p -> {
                            byte[] b = FrameCodec.encode(good(p, 1));
                            b[4] = 9;
                            return b;
                        }),
                        new Case("nan", Rejection.NON_FINITE_SAMPLE, one, p -> {
                            EegFrame f = good(p, 1);
                            f.samples()[300] = Float.NaN;
                            return FrameCodec.encode(f);
                        }),
                        new Case("infinity", Rejection.NON_FINITE_SAMPLE, one, p -> {
                            EegFrame f = good(p, 1);
                            f.samples()[7] = Float.NEGATIVE_INFINITY;
                            return FrameCodec.encode(f);
                        }),
                        new Case(
                                "channel-count",
                                Rejection.CHANNEL_MISMATCH,
                                one,
                                p -> FrameCodec.encode(
                                        frame(p, 1, T0 + 1_000_000L, CHANNELS.subList(0, 17), 256, 256))),
                        new Case(
                                "rate-change",
                                Rejection.SAMPLE_RATE_CHANGED,
                                one,
                                p -> FrameCodec.encode(frame(p, 1, T0 + 1_000_000L, CHANNELS, 512, 512))),
                        new Case(
                                "duplicate-seq",
                                Rejection.DUPLICATE_SEQUENCE,
                                p -> List.of(FrameCodec.encode(good(p, 0)), FrameCodec.encode(good(p, 1))),
                                p -> FrameCodec.encode(good(p, 1))),
                        new Case(
                                "out-of-order",
                                Rejection.OUT_OF_ORDER,
                                // seq 1 was lost in transit, 2 arrived; a late 1 is out of order, not a duplicate
                                p -> List.of(FrameCodec.encode(good(p, 0)), FrameCodec.encode(good(p, 2))),
                                p -> FrameCodec.encode(good(p, 1))),
                        new Case("oversize", Rejection.OVERSIZE, one, p -> {
                            List<String> many = new ArrayList<>();
                            for (int i = 0; i < 128; i++) {
                                many.add("E" + i);
                            }
                            return FrameCodec.encode(frame(p, 1, T0 + 1_000_000L, many, 256, 2560));
                        }))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badKafkaRecordGoesToDlqAndTheNextGoodOneIsProcessed(Case c) {
        String patient = "bad-kafka-" + c.name();
        List<byte[]> before = c.before().apply(patient);
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (byte[] b : before) {
                sent.add(producer.send(new ProducerRecord<>(Topics.WINDOWS, patient, b)));
            }
            sent.add(producer.send(
                    new ProducerRecord<>(Topics.WINDOWS, patient, c.bad().apply(patient))));
            // then good frames continuing the stream: 6 s more completes windows
            for (int s = before.size() + 10; s < before.size() + 16; s++) {
                sent.add(producer.send(
                        new ProducerRecord<>(Topics.WINDOWS, patient, FrameCodec.encode(good(patient, s)))));
            }
            TestKafka.awaitAcks(sent);
        }
        List<ConsumerRecord<String, byte[]>> dead =
                TestKafka.collect(Topics.DLQ, patient, got -> !got.isEmpty(), Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), "rejection-reason")).isEqualTo(c.reason().name());
        assertThat(header(dead.get(0), "rejection-error")).isNotBlank();
        assertThat(TestKafka.collect(Topics.SCORES, patient, got -> !got.isEmpty(), Duration.ofSeconds(30)))
                .as("the consumer kept going and scored later good frames")
                .isNotEmpty();
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics)
                .containsPattern("eeg_frames_rejected_total\\{[^}]*reason=\""
                        + c.reason().name() + "\"[^}]*source=\"kafka\"[^}]*\\} [1-9]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameBadInputOverRestGetsAProblemDocument(Case c) {
        String patient = "bad-rest-" + c.name();
        for (byte[] b : c.before().apply(patient)) {
            given().contentType("application/octet-stream")
                    .body(b)
                    .post("/api/v1/patients/{id}/windows", patient)
                    .then()
                    .statusCode(202);
        }
        var response = given().contentType("application/octet-stream")
                .body(c.bad().apply(patient))
                .post("/api/v1/patients/{id}/windows", patient);
        assertThat(response.statusCode()).isEqualTo(c.reason().httpStatus()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("reason")).isEqualTo(c.reason().name());
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        given().contentType("application/octet-stream")
                .body(FrameCodec.encode(good(patient, 40)))
                .post("/api/v1/patients/{id}/windows", patient)
                .then()
                .statusCode(202);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
