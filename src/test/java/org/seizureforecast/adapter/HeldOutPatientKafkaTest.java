package org.seizureforecast.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.tools.batch.EdfFrameSource;
import org.seizureforecast.tools.batch.SeizureRows;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.RecordingEvaluator;
import org.seizureforecast.tools.scoring.RecordingScore;
import org.seizureforecast.tools.sim.DatasetSimulator;
import org.seizureforecast.tools.sim.Montage;
import org.seizureforecast.tools.sim.SimulationOptions;

/**
 * Issue 5, acceptance 5: a held-out simulated patient (master seed 5003, the held-out seed of
 * models/README.md; never trained on), 1.5 h with 2 seizures, replayed at full speed through the
 * real broker into the service, which runs the default detector: the ONNX models (AT-AT + STAN).
 * Its SEIZURE alarms, as SzCORE rows, are scored by our SzCORE scorer against the simulator's
 * annotations and must meet the bar stated below.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class HeldOutPatientKafkaTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final long HELD_OUT_SEED = 5003;
    private static final double HOURS = 1.5;
    private static final int SEIZURES = 2;
    /** The bar: both seizures found, at most one false detection in the 1.5 h (event scoring). */
    private static final double MIN_EVENT_SENSITIVITY = 1.0;

    private static final long MAX_FALSE_DETECTIONS = 1;

    @TempDir
    Path dir;

    @Test
    void onnxSeizureAlarmsOnAHeldOutSimulatedPatientMeetTheSzcoreBar() throws Exception {
        Path root = dir.resolve("heldout");
        new DatasetSimulator(
                        new SimulationOptions(1, HOURS, HELD_OUT_SEED, HOURS, Montage.BIPOLAR, SEIZURES, Double.NaN, 1))
                .write(root, s -> {});
        Path eeg = root.resolve("sub-01/ses-01/eeg");
        Path edf = eeg.resolve("sub-01_ses-01_task-szMonitoring_run-00_eeg.edf");
        AnnotationFile reference =
                AnnotationReader.read(eeg.resolve("sub-01_ses-01_task-szMonitoring_run-00_events.tsv"));
        assertThat(reference.seizureRows()).hasSize(SEIZURES);

        String patient = "heldout-5003-sub-01";
        long startMicros;
        double duration;
        int frames = 0;
        try (EdfFrameSource source = EdfFrameSource.open(edf, patient, "run-00", 1.0);
                KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
            startMicros = source.header().startMicros();
            duration = source.durationSeconds();
            EegFrame f;
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while ((f = source.next()) != null) {
                sent.add(producer.send(new ProducerRecord<>(Topics.WINDOWS, patient, FrameCodec.encode(f))));
                frames++;
            }
            TestKafka.awaitAcks(sent);
        }
        int windows = (int) ((duration - 5) / 2.5) + 1;
        List<ConsumerRecord<String, byte[]>> scores =
                TestKafka.collect(Topics.SCORES, patient, got -> got.size() >= windows, Duration.ofMinutes(2));
        assertThat(scores).as("every window of the %d frames scored", frames).hasSize(windows);
        assertThat(new String(scores.get(0).value(), UTF_8))
                .as("scored by the ONNX models")
                .contains("\"stan\"");

        List<Alarm> alarms = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r :
                TestKafka.collect(Topics.ALARMS, patient, got -> false, Duration.ofSeconds(3))) {
            alarms.add(JSON.readValue(r.value(), Alarm.class));
        }
        List<Alarm> seizureEvents = alarms.stream()
                .filter(a -> a.kind() == AlarmKind.SEIZURE && a.state() == AlarmState.ENDED)
                .toList();
        String hypothesis = AnnotationWriter.format(SeizureRows.of(seizureEvents, startMicros), duration, null);
        Files.writeString(dir.resolve("hypothesis.tsv"), hypothesis);
        RecordingScore score =
                RecordingEvaluator.evaluate(reference, AnnotationReader.parse("hypothesis.tsv", hypothesis));
        System.out.printf(
                "held-out patient (seed %d, %.1f h): %d windows, event TP %d FP %d of %d seizures; detections:%n%s",
                HELD_OUT_SEED,
                HOURS,
                scores.size(),
                score.event().score().tp(),
                score.event().score().fp(),
                score.event().score().refTrue(),
                hypothesis);

        assertThat(score.event().score().sensitivity())
                .as("event sensitivity; hypothesis:%n%s", hypothesis)
                .isGreaterThanOrEqualTo(MIN_EVENT_SENSITIVITY);
        assertThat(score.event().score().fp())
                .as("false detections; hypothesis:%n%s", hypothesis)
                .isLessThanOrEqualTo(MAX_FALSE_DETECTIONS);
    }
}
