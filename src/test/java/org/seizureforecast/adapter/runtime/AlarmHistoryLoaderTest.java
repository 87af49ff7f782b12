package org.seizureforecast.adapter.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seizureforecast.adapter.TestKafka;
import org.seizureforecast.adapter.kafka.EmbeddedKafkaBroker;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.alarm.Acknowledgement;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.monitor.PatientMonitor;

/**
 * After a restart the service reads {@code eeg.alarms} back from a real (in-process) broker: each
 * alarm in its last published state, acknowledgements included, a malformed record skipped.
 */
class AlarmHistoryLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static EmbeddedKafkaBroker broker;
    private static Map<String, Object> clients;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
        clients = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        Topics.ensure(clients, 3, (short) 1);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static Alarm alarm(String patient, AlarmState state, long onset, long end) {
        return new Alarm(
                Alarm.idFor(patient, AlarmKind.SEIZURE, onset),
                patient,
                "s1",
                AlarmKind.SEIZURE,
                state,
                onset,
                end,
                onset + 10_000_000L,
                0.97,
                List.of(),
                Explanation.NONE,
                List.of());
    }

    @Test
    void restoresTheLastPublishedStateOfEachAlarmWithItsAuditTrail() throws Exception {
        Alarm active = alarm("p1", AlarmState.ACTIVE, 1_000_000_000L, -1);
        Alarm ended = alarm("p1", AlarmState.ENDED, 1_000_000_000L, 1_060_000_000L);
        Alarm acked = ended.withAcknowledgement(new Acknowledgement("Dr Night", 1_100_000_000L, "seen at bedside"));
        Alarm other = alarm("p2", AlarmState.ACTIVE, 2_000_000_000L, -1);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(clients, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Alarm a : List.of(active, ended, acked, other)) {
                sent.add(producer.send(new ProducerRecord<>(Topics.ALARMS, a.patientId(), JSON.writeValueAsBytes(a))));
            }
            sent.add(producer.send(
                    new ProducerRecord<>(Topics.ALARMS, "p1", "{not json".getBytes(StandardCharsets.UTF_8))));
            TestKafka.awaitAcks(sent);
        }

        AlarmHistoryLoader.Loaded loaded = AlarmHistoryLoader.load(clients, JSON, Duration.ofSeconds(20));
        assertThat(loaded.records()).isEqualTo(5);
        assertThat(loaded.skipped()).isEqualTo(1);
        assertThat(loaded.alarms()).containsExactlyInAnyOrder(acked, other);

        PatientMonitor monitor = new PatientMonitor(24, 1000);
        monitor.onAlarm(active); // what a live service may already hold
        loaded.alarms().forEach(monitor::restore);
        Alarm restored = monitor.alarm(acked.id()).orElseThrow();
        assertThat(restored.state()).isEqualTo(AlarmState.ENDED);
        assertThat(restored.acknowledgements()).extracting(Acknowledgement::by).containsExactly("Dr Night");
        assertThat(monitor.alarms(null, Long.MIN_VALUE, Long.MAX_VALUE)).hasSize(2);
        assertThat(monitor.patient("p1").orElseThrow().unacknowledgedAlarms()).isZero();
    }
}
