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

    private Topics() {}

    /** Creates the four topics that do not exist yet, with {@code partitions} each. */
    public static void ensure(Map<String, Object> adminConfig, int partitions, short replication) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : List.of(WINDOWS, SCORES, ALARMS, DLQ)) {
                if (!existing.contains(t)) {
                    missing.add(new NewTopic(t, partitions, replication));
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
