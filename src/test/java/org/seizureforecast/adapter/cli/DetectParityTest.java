package org.seizureforecast.adapter.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;
import org.seizureforecast.adapter.KafkaTestResource;
import org.seizureforecast.adapter.Recordings;
import org.seizureforecast.adapter.TestKafka;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.tools.batch.SeizureRows;
import org.seizureforecast.tools.edf.EdfHeader;
import org.seizureforecast.tools.edf.EdfReader;
import org.seizureforecast.tools.scoring.AnnotationWriter;

/**
 * Acceptance (issue 4): the live service's SEIZURE alarms for a recording, replayed through Kafka,
 * equal the rows {@code detect} writes for the same recording, byte for byte as SzCORE TSV.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class DetectParityTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    ServiceConfig config;

    @TempDir
    Path tmp;

    @SuppressWarnings("UnnecessaryAssignment") // the test wires the command as picocli would
    @Test
    void liveAlarmsEqualDetectRows() throws Exception {
        Path edf = TestData.chbmitEdf(Recordings.SEIZURE);
        String patient = "parity-detect";
        List<EegFrame> frames = new ArrayList<>(Recordings.frames(Recordings.SEIZURE, patient, 1.0));
        // A next session closes the open event, as the end of the recording does for detect.
        frames.addAll(Recordings.frames(Recordings.INTERICTAL, patient, 1.0).subList(0, 6));
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (EegFrame f : frames) {
                sent.add(producer.send(new ProducerRecord<>(Topics.WINDOWS, patient, FrameCodec.encode(f))));
            }
            TestKafka.awaitAcks(sent);
        }
        List<ConsumerRecord<String, byte[]>> records = TestKafka.collect(
                Topics.ALARMS,
                patient,
                got -> got.stream().anyMatch(r -> new String(r.value(), UTF_8).contains("\"ENDED\"")),
                Duration.ofSeconds(60));
        List<Alarm> live = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            live.add(JSON.readValue(r.value(), Alarm.class));
        }
        EdfHeader header;
        try (EdfReader reader = EdfReader.open(edf)) {
            header = reader.header();
        }
        double duration = header.numRecords() * header.recordDurationSeconds();
        String liveTsv = AnnotationWriter.format(SeizureRows.of(live, header.startMicros()), duration, header.start());

        DetectCommand detect = new DetectCommand();
        detect.recording = edf;
        detect.out = tmp.resolve("detect.tsv");
        detect.config = config;
        assertThat(detect.call()).isZero();
        String detectTsv = Files.readString(detect.out);

        assertThat(SeizureRows.of(live, header.startMicros())).isNotEmpty();
        assertThat(liveTsv).isEqualTo(detectTsv);
    }
}
