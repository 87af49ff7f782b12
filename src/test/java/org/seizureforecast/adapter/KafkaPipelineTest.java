package org.seizureforecast.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;

/**
 * Acceptance: the real chb01_03 excerpts (interictal 0-41 s, then the seizure excerpt 2995-3036 s)
 * replayed as one patient through a real broker are all scored, in order, and the baseline raises
 * one SEIZURE alarm near the annotated onset (2996 s) and none in the interictal part.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class KafkaPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void replaysChb01ThroughKafkaScoringEveryWindowAndRaisingOneSeizureAlarm() throws IOException {
        String patient = "chb01-kafka";
        // the baseline detector, whatever the service's default (a per-patient choice)
        given().contentType("application/json")
                .body("{\"detector\": \"baseline\"}")
                .put("/api/v1/patients/{id}/policy", patient)
                .then()
                .statusCode(200);
        List<EegFrame> frames = Recordings.chb01_03(patient, 1.0);
        long seizureExcerptStart = frames.stream()
                .filter(f -> f.sessionId().contains("2995"))
                .mapToLong(EegFrame::startMicros)
                .min()
                .orElseThrow();
        long annotatedOnset = seizureExcerptStart + 1_000_000L; // 2996 s in chb01_03
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (EegFrame f : frames) {
                sent.add(producer.send(new ProducerRecord<>(Topics.WINDOWS, patient, FrameCodec.encode(f))));
            }
            TestKafka.awaitAcks(sent);
        }
        int expectedWindows = 2 * ((41 - 5) * 2 / 5 + 1); // 15 windows of 5 s every 2.5 s per 41 s excerpt

        List<JsonNode> scores = json(TestKafka.collect(
                Topics.SCORES, patient, got -> got.size() >= expectedWindows, Duration.ofSeconds(60)));
        assertThat(scores).hasSize(expectedWindows);
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i).get("endMicros").asLong())
                    .isGreaterThan(scores.get(i - 1).get("endMicros").asLong());
        }

        List<JsonNode> alarms =
                json(TestKafka.collect(Topics.ALARMS, patient, got -> !got.isEmpty(), Duration.ofSeconds(30)));
        assertThat(alarms).as("alarms").isNotEmpty();
        assertThat(alarms).allSatisfy(a -> {
            assertThat(a.get("kind").asText()).isEqualTo("SEIZURE");
            assertThat(a.get("onsetMicros").asLong())
                    .as("no alarm in the interictal excerpt")
                    .isGreaterThanOrEqualTo(seizureExcerptStart);
        });
        assertThat(alarms.stream().map(a -> a.get("id").asText()).distinct()).hasSize(1);
        long onset = alarms.get(0).get("onsetMicros").asLong();
        assertThat(onset)
                .as("onset within SzCORE tolerance of 2996 s (30 s before, 60 s after)")
                .isBetween(annotatedOnset - 30_000_000L, annotatedOnset + 60_000_000L);
        assertThat(alarms.get(0).get("models").get(0).get("name").asText()).isEqualTo("baseline-line-length");
    }

    static List<JsonNode> json(List<ConsumerRecord<String, byte[]>> records) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            out.add(JSON.readTree(r.value()));
        }
        return out;
    }
}
