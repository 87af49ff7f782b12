package org.seizureforecast.adapter.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** The contract's topic names, and their creation where the service owns the broker. */
public final class Topics {
    public static final String WINDOWS = "eeg.windows";
    public static final String SCORES = "eeg.scores";
    public static final String ALARMS = "eeg.alarms";
    public static final String DLQ = "eeg.windows.dlq";
    /** Largest record the input and dead-letter topics take (the service refuses frames above its own limit). */
    public static final int MAX_MESSAGE_BYTES = 8 << 20;

    private Topics() {}

    /** Creates the four topics that do not exist yet, with {@code partitions} each. */
    public static void ensure(Map<String, Object> adminConfig, int partitions, short replication) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : List.of(WINDOWS, SCORES, ALARMS, DLQ)) {
                if (!existing.contains(t)) {
                    NewTopic topic = new NewTopic(t, partitions, replication);
                    if (t.equals(WINDOWS) || t.equals(DLQ)) {
                        // Oversize frames must reach the service (and then the DLQ) to be refused
                        // with a reason, instead of bouncing off the broker at the producer.
                        topic.configs(Map.of("max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES)));
                    }
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
