package org.seizureforecast.adapter.cli;

import io.quarkus.runtime.Quarkus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the service until it is stopped. */
@Command(name = "serve", description = "Run the service: Kafka consumer, REST, SSE, dashboard.")
public class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Quarkus.waitForExit();
        return 0;
    }
}
