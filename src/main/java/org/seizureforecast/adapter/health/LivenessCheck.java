package org.seizureforecast.adapter.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.seizureforecast.adapter.runtime.ServiceRuntime;

/** Live = the consumer loop is still running; a dead loop needs a restart, not patience. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {
    @Inject
    ServiceRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("consumer-loop")
                .status(runtime.consumerAlive())
                .build();
    }
}
