package org.seizureforecast.adapter.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.seizureforecast.adapter.runtime.Processing;
import org.seizureforecast.adapter.runtime.ServiceRuntime;
import org.seizureforecast.core.inference.ModelInfo;

/** Ready = the Kafka broker answers and the detector is loaded. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    ServiceRuntime runtime;

    @Inject
    Processing processing;

    @Override
    public HealthCheckResponse call() {
        boolean broker = runtime.brokerReachable();
        Processing.DetectorsOnOffer detectors = processing.detectors();
        List<ModelInfo> models = detectors.defaultModels();
        boolean detector = !models.isEmpty();
        return HealthCheckResponse.named("seizure-forecast")
                .status(broker && detector)
                .withData("broker", broker ? "reachable" : "unreachable")
                .withData("bootstrapServers", String.valueOf(runtime.bootstrapServers()))
                .withData("embeddedBroker", runtime.embeddedBroker())
                .withData(
                        "detector",
                        detectors.defaultName() + " ("
                                + String.join(
                                        ",",
                                        models.stream().map(ModelInfo::toString).toList()) + ")")
                .withData("detectorsAvailable", String.join(",", detectors.names()))
                .build();
    }
}
