package org.seizureforecast.adapter.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.adapter.metrics.PipelineMetrics.Source;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.pipeline.Rejected;
import org.seizureforecast.core.pipeline.ScoredWindow;
import org.seizureforecast.core.signal.Rejection;

/**
 * Writes results to {@code eeg.scores} and {@code eeg.alarms} (JSON, keyed by patient so a
 * patient's results stay ordered) and refused Kafka records to {@code eeg.windows.dlq} (original
 * key and bytes, reason in headers). Opened by {@link ServiceRuntime} once the broker is known,
 * before the consumer starts; sends are asynchronous, {@link #flush()} before committing offsets.
 */
@ApplicationScoped
public class KafkaPublisher implements OutcomeSink {
    static final String REASON_HEADER = "rejection-reason";
    static final String ERROR_HEADER = "rejection-error";

    private static final Logger LOG = Logger.getLogger(KafkaPublisher.class);

    private final AtomicReference<Exception> failed = new AtomicReference<>();
    private final ObjectMapper json;
    private volatile KafkaProducer<String, byte[]> producer;

    public KafkaPublisher(ObjectMapper json) {
        this.json = json;
    }

    void open(Map<String, Object> clientConfig) {
        Map<String, Object> cfg = new HashMap<>(clientConfig);
        cfg.put(ProducerConfig.ACKS_CONFIG, "all");
        cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        cfg.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        cfg.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "seizure-forecast-out");
        producer = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void window(ScoredWindow w) {
        send(new ProducerRecord<>(Topics.SCORES, w.patientId(), bytes(w.result())));
    }

    @Override
    public void alarm(Alarm a) {
        send(new ProducerRecord<>(Topics.ALARMS, a.patientId(), bytes(a)));
    }

    @Override
    public void rejected(Source source, Rejected<?> r) {
        if (r.tag() instanceof ConsumerRecord<?, ?> original) {
            send(deadLetter(original, r.reason(), r.message()));
        }
    }

    private static ProducerRecord<String, byte[]> deadLetter(
            ConsumerRecord<?, ?> original, Rejection reason, String error) {
        RecordHeaders headers = new RecordHeaders();
        original.headers().forEach(headers::add);
        headers.add(REASON_HEADER, reason.name().getBytes(StandardCharsets.UTF_8));
        headers.add(ERROR_HEADER, String.valueOf(error).getBytes(StandardCharsets.UTF_8));
        headers.add("original-topic", original.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("original-partition", Integer.toString(original.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("original-offset", Long.toString(original.offset()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(Topics.DLQ, null, (String) original.key(), (byte[]) original.value(), headers);
    }

    private void send(ProducerRecord<String, byte[]> record) {
        KafkaProducer<String, byte[]> p = producer;
        if (p == null) {
            return;
        }
        Future<RecordMetadata> unused = p.send(record, (metadata, error) -> {
            if (error != null) {
                failed.compareAndSet(null, error);
                LOG.errorf("a send to %s failed: %s", record.topic(), error.toString());
            }
        });
    }

    /**
     * Waits for every send so far; throws when any of them failed since the last flush, so the caller does
     * not commit the input offsets of results that never reached the broker.
     */
    void flush() {
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.flush();
        }
        Exception error = failed.getAndSet(null);
        if (error != null) {
            throw new KafkaException("results were not delivered: " + error.getMessage(), error);
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    void close() {
        KafkaProducer<String, byte[]> p = producer;
        producer = null;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
