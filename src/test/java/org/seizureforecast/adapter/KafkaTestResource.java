package org.seizureforecast.adapter;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.seizureforecast.adapter.kafka.EmbeddedKafkaBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one place tests get their broker from: a Testcontainers Kafka where a Docker engine exists
 * (developer laptops), else the same in-process KRaft broker that {@code serve} embeds (CI here).
 * Either way it is a real broker.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static String bootstrap;
    private KafkaContainer container;
    private EmbeddedKafkaBroker embedded;

    @Override
    public Map<String, String> start() {
        if (dockerAvailable()) {
            container = new KafkaContainer("apache/kafka-native:4.1.2");
            container.start();
            bootstrap = container.getBootstrapServers();
        } else {
            embedded = EmbeddedKafkaBroker.start();
            bootstrap = embedded.bootstrapServers();
        }
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** Bootstrap servers of the running test broker. */
    public static String bootstrapServers() {
        return bootstrap;
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
