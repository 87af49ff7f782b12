package org.seizureforecast.adapter.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.adapter.kafka.BrokerAddressFile;
import org.seizureforecast.adapter.kafka.EmbeddedKafkaBroker;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.adapter.metrics.PipelineMetrics;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * Lifecycle of the service side: in {@code serve} mode, finds or starts the broker, creates the
 * topics, and runs the consumer loop on its own thread; stops them in reverse order. Batch
 * commands ({@code app.mode=cli}) start none of it.
 */
@ApplicationScoped
public class ServiceRuntime {
    private static final Logger LOG = Logger.getLogger(ServiceRuntime.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ServiceConfig config;

    @Inject
    Processing processing;

    @Inject
    PipelineMetrics metrics;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaPublisher publisher;

    @Inject
    StreamSpec spec;

    @ConfigProperty(name = "app.mode", defaultValue = "serve")
    String mode;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    Optional<String> bootstrapOverride;

    private EmbeddedKafkaBroker broker;
    private WindowConsumer consumer;
    private Thread consumerThread;
    private Admin admin;
    private Path addressFile;
    private volatile String bootstrapServers;

    void onStart(@Observes StartupEvent event) {
        if ("cli".equals(mode)) {
            return;
        }
        Map<String, Object> clients = new HashMap<>(kafkaConfig);
        // Looked up by name too, so KAFKA_BOOTSTRAP_SERVERS in the environment counts.
        Object configured = bootstrapOverride.orElse(null);
        if (configured == null) {
            configured = clients.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        }
        if (configured != null && !configured.toString().isBlank()) {
            clients.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, configured.toString());
        } else {
            broker = EmbeddedKafkaBroker.start();
            clients.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            addressFile = config.kafka().addressFile().map(Path::of).orElse(BrokerAddressFile.defaultPath());
            try {
                BrokerAddressFile.write(addressFile, broker.bootstrapServers());
            } catch (IOException e) {
                LOG.warnf(
                        "could not write the broker address to %s: %s (replay needs --bootstrap-servers)",
                        addressFile, e.getMessage());
            }
        }
        bootstrapServers =
                clients.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG).toString();
        try {
            Topics.ensure(clients, config.kafka().partitions(), (short) 1);
        } catch (IllegalStateException e) {
            if (broker != null) {
                throw e;
            }
            // An external cluster may be down or the topics managed elsewhere: start anyway, report
            // not-ready until the broker answers, and let the consumer reconnect.
            LOG.warnf(
                    "could not ensure topics on %s: %s",
                    clients.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG), e.getMessage());
        }
        Map<String, Object> adminCfg = new HashMap<>(clients);
        adminCfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        adminCfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        admin = Admin.create(adminCfg);
        if (broker == null && config.history().restoreAlarms()) {
            restoreAlarmHistory(clients);
        }
        publisher.open(clients);
        consumer = new WindowConsumer(
                clients,
                config.kafka().groupId(),
                config.kafka().maxPollRecords(),
                processing,
                publisher,
                metrics,
                spec.maxFrameBytes());
        consumerThread = new Thread(consumer, "eeg-consumer");
        consumerThread.setDaemon(true);
        consumerThread.start();
        LOG.infof(
                "consuming %s from %s%s", Topics.WINDOWS, bootstrapServers, broker != null ? " (embedded broker)" : "");
    }

    private void restoreAlarmHistory(Map<String, Object> clients) {
        try {
            AlarmHistoryLoader.Loaded loaded = AlarmHistoryLoader.load(clients, json, Duration.ofSeconds(30));
            processing.restoreAlarms(loaded.alarms());
            LOG.infof(
                    "alarm history: %d alarm(s) restored from %d record(s) of %s%s",
                    loaded.alarms().size(),
                    loaded.records(),
                    Topics.ALARMS,
                    loaded.skipped() > 0 ? " (" + loaded.skipped() + " skipped)" : "");
        } catch (RuntimeException e) {
            // The history is a convenience for REST and the dashboard; scoring must start regardless.
            LOG.warnf("alarm history not restored from %s: %s", Topics.ALARMS, e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            consumer.stop();
            try {
                consumerThread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        publisher.close();
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            BrokerAddressFile.delete(addressFile);
            broker.close();
        }
    }

    /** True when the broker answers a metadata request within a few seconds. */
    public boolean brokerReachable() {
        if (admin == null) {
            return false;
        }
        try {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** True while the consumer loop runs (or when this process runs no consumer: batch commands). */
    public boolean consumerAlive() {
        return consumerThread == null || consumerThread.isAlive();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embeddedBroker() {
        return broker != null;
    }
}
