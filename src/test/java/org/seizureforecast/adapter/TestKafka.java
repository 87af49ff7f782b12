package org.seizureforecast.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the test broker: produce frames, collect what the service publishes. */
public final class TestKafka {
    private TestKafka() {}

    public static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KafkaTestResource.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        8 << 20),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    public static void send(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> p = producer()) {
            awaitAcks(List.of(p.send(new ProducerRecord<>(topic, key, value))));
        }
    }

    /**
     * Waits until the broker has acknowledged every send: a test's input that failed to arrive must fail
     * the test, not leave it waiting for output that cannot come.
     */
    public static void awaitAcks(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> f : sends) {
                f.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for sends", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a test record was not acknowledged by the broker", e);
        }
    }

    /**
     * Reads {@code topic} from the beginning until {@code done} holds for the records of {@code
     * key} seen so far, or the timeout passes; returns those records in order.
     */
    public static List<ConsumerRecord<String, byte[]>> collect(
            String topic, String key, Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KafkaTestResource.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(out)) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (key == null || key.equals(r.key())) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }
}
