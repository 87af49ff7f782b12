package org.seizureforecast.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.adapter.rest.FrameJson;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;

/**
 * Acceptance: one recording posted through REST and replayed through Kafka scores identically.
 * With the baseline detector every field of every score is bit-identical. With the ONNX models
 * (the default) windows, times, provenance and missing channels are identical and probabilities
 * agree within {@link #FLOAT_NOISE}: the Kafka loop batches windows across whatever arrived
 * together, and ONNX Runtime's kernels sum in a batch-size-dependent order, so a window scored
 * alone (REST) and inside a batch differ in the 8th digit (3e-8 seen).
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class RestKafkaParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "onnx"})
    void restAndKafkaGiveIdenticalScores(String detector) throws Exception {
        String viaKafkaId = "parity-kafka-" + detector;
        String viaRestId = "parity-rest-" + detector;
        for (String patient : List.of(viaKafkaId, viaRestId)) {
            given().contentType("application/json")
                    .body("{\"detector\":\"" + detector + "\"}")
                    .put("/api/v1/patients/{id}/policy", patient)
                    .then()
                    .statusCode(200);
        }
        List<EegFrame> viaKafka = Recordings.chb01_03(viaKafkaId, 2.0);
        List<EegFrame> viaRest = Recordings.chb01_03(viaRestId, 2.0);
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (EegFrame f : viaKafka) {
                sent.add(producer.send(new ProducerRecord<>(Topics.WINDOWS, f.patientId(), FrameCodec.encode(f))));
            }
            TestKafka.awaitAcks(sent);
        }
        for (int i = 0; i < viaRest.size(); i++) {
            EegFrame f = viaRest.get(i);
            // alternate the two REST forms: binary wire format and JSON
            var request = given();
            request = i % 2 == 0
                    ? request.contentType("application/octet-stream").body(FrameCodec.encode(f))
                    : request.contentType("application/json").body(FrameJson.of(f));
            request.post("/api/v1/patients/{id}/windows", f.patientId()).then().statusCode(202);
        }
        List<JsonNode> kafka = KafkaPipelineTest.json(
                TestKafka.collect(Topics.SCORES, viaKafkaId, got -> got.size() >= 30, Duration.ofSeconds(60)));
        List<JsonNode> rest = KafkaPipelineTest.json(
                TestKafka.collect(Topics.SCORES, viaRestId, got -> got.size() >= 30, Duration.ofSeconds(60)));
        assertThat(kafka).hasSize(30);
        assertThat(rest).hasSize(30);
        for (int i = 0; i < kafka.size(); i++) {
            JsonNode r = withoutPatient(rest.get(i));
            JsonNode k = withoutPatient(kafka.get(i));
            if (detector.equals("baseline")) {
                assertThat(r).as("window %d", i).isEqualTo(k);
            } else {
                assertSameScore(r, k, "window " + i);
            }
        }
        assertThat(kafka.get(0).get("models").toString()).contains(detector.equals("baseline") ? "baseline" : "stan");
    }

    private static final double FLOAT_NOISE = 1e-6;

    private static void assertSameScore(JsonNode actual, JsonNode expected, String where) {
        if (expected.isFloatingPointNumber()) {
            assertThat(actual.isNumber()).as(where).isTrue();
            assertThat(actual.asDouble()).as(where).isCloseTo(expected.asDouble(), Offset.offset(FLOAT_NOISE));
        } else if (expected.isContainerNode()) {
            assertThat(actual.size()).as(where + " size").isEqualTo(expected.size());
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameScore(actual.get(i), expected.get(i), where + "[" + i + "]");
                }
            } else {
                expected.fieldNames().forEachRemaining(name -> {
                    assertThat(actual.has(name)).as(where + " has " + name).isTrue();
                    assertSameScore(actual.get(name), expected.get(name), where + "." + name);
                });
            }
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    private static JsonNode withoutPatient(JsonNode score) {
        ObjectNode copy = score.deepCopy();
        copy.remove("patientId");
        return copy;
    }
}
