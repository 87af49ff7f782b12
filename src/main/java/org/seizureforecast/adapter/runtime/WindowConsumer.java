package org.seizureforecast.adapter.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.adapter.metrics.PipelineMetrics;
import org.seizureforecast.adapter.metrics.PipelineMetrics.Source;
import org.seizureforecast.core.pipeline.Inbound;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.core.signal.FrameRejectedException;
import org.seizureforecast.core.signal.Rejection;

/**
 * The one consumer loop: poll a batch of {@code eeg.windows}, decode it, hand it to {@link
 * Processing} (batched inference across patients; scores, alarms and dead letters go out through
 * its sinks), flush the publisher, then commit. At-least-once: a crash before the commit replays
 * the batch. Bad records never stop the loop.
 */
final class WindowConsumer implements Runnable {
    private static final Logger LOG = Logger.getLogger(WindowConsumer.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Processing processing;
    private final KafkaPublisher publisher;
    private final PipelineMetrics metrics;
    private final int maxFrameBytes;
    private volatile boolean running = true;
    private volatile boolean assigned;

    WindowConsumer(
            Map<String, Object> clientConfig,
            String groupId,
            int maxPollRecords,
            Processing processing,
            KafkaPublisher publisher,
            PipelineMetrics metrics,
            int maxFrameBytes) {
        Map<String, Object> cfg = new HashMap<>(clientConfig);
        cfg.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cfg.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "seizure-forecast-in");
        this.consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
        this.processing = processing;
        this.publisher = publisher;
        this.metrics = metrics;
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.WINDOWS));
            while (running) {
                pollOnce();
            }
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** One poll-process-commit cycle; Kafka trouble is logged and retried, never fatal. */
    private void pollOnce() {
        try {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
            assigned = !consumer.assignment().isEmpty();
            if (!records.isEmpty()) {
                handle(records);
                publisher.flush();
                consumer.commitSync();
            }
            metrics.consumerLag(lag());
        } catch (WakeupException e) {
            if (running) {
                LOG.debug("unexpected wakeup; continuing");
            }
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // Partitions moved: the uncommitted batch is redelivered to their new owner (at-least-once).
            LOG.warnf("commit failed during a rebalance (%s); the batch will be redelivered", e.getMessage());
        } catch (KafkaException e) {
            LOG.errorf(e, "Kafka error in the consumer loop; retrying in 1 s");
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(ConsumerRecords<String, byte[]> records) {
        long arrivalNanos = System.nanoTime();
        List<Inbound<ConsumerRecord<String, byte[]>>> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> r : records) {
            batch.add(decode(r, arrivalNanos));
        }
        processing.process(batch, Source.KAFKA);
    }

    private Inbound<ConsumerRecord<String, byte[]>> decode(ConsumerRecord<String, byte[]> r, long arrivalNanos) {
        if (r.value() == null) {
            return Inbound.failed(
                    r.key(),
                    new FrameRejectedException(Rejection.TRUNCATED, "record has no value (tombstone)"),
                    r,
                    arrivalNanos);
        }
        try {
            return Inbound.of(r.key(), FrameCodec.decode(r.value(), maxFrameBytes), r, arrivalNanos);
        } catch (FrameRejectedException e) {
            return Inbound.failed(r.key(), e, r, arrivalNanos);
        }
    }

    private long lag() {
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            OptionalLong l = consumer.currentLag(tp);
            if (l.isPresent()) {
                total += l.getAsLong();
            }
        }
        return total;
    }

    boolean assigned() {
        return assigned;
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }
}
