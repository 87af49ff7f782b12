package org.seizureforecast.adapter.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.alarm.Alarm;

/**
 * Reads {@code eeg.alarms} from the beginning to its current end, so that a restarted service
 * shows the alarms and acknowledgement audit trails it had published (an acknowledgement is
 * published as the updated alarm, same id). The last record of an id wins: a patient's records
 * share a partition, so they arrive in the order they were written. Records that do not parse are
 * skipped and counted, never fatal.
 */
final class AlarmHistoryLoader {
    private static final Logger LOG = Logger.getLogger(AlarmHistoryLoader.class);

    /** What was read: the latest state of each alarm id, in first-seen order, and the records skipped. */
    record Loaded(List<Alarm> alarms, int records, int skipped) {}

    private AlarmHistoryLoader() {}

    static Loaded load(Map<String, Object> clientConfig, ObjectMapper json, Duration timeout) {
        Map<String, Object> cfg = new HashMap<>(clientConfig);
        cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "seizure-forecast-alarm-history");
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Alarm> latest = new LinkedHashMap<>();
        int records = 0;
        int skipped = 0;
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(Topics.ALARMS, timeout)) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    try {
                        Alarm a = json.readValue(r.value(), Alarm.class);
                        latest.remove(a.id()); // re-insert: order by the latest update
                        latest.put(a.id(), a);
                    } catch (IOException | RuntimeException e) {
                        skipped++;
                        LOG.warnf(
                                "%s partition %d offset %d: not an alarm (%s); skipped",
                                r.topic(), r.partition(), r.offset(), e.getMessage());
                    }
                }
            }
            if (!reached(consumer, end)) {
                LOG.warnf(
                        "alarm history: stopped after %s with %d records read; the rest is not shown",
                        timeout, records);
            }
        }
        return new Loaded(new ArrayList<>(latest.values()), records, skipped);
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
