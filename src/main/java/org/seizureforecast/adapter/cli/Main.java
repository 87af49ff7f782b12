package org.seizureforecast.adapter.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Entry point of the one runnable application. {@code serve} (the default) runs the service;
 * every other command is a batch job that opens no HTTP port, starts no broker and no consumer.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    CommandLine.IFactory factory;

    public static void main(String... args) {
        if (!RootCommand.isServe(args)) {
            // Batch commands share the jar but not the service: no HTTP listener, quiet logs.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("app.mode", "cli");
            System.setProperty("quarkus.banner.enabled", "false");
            if (System.getProperty("quarkus.log.level") == null) {
                System.setProperty("quarkus.log.level", "WARN");
            }
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(new RootCommand(), factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::handleFailure)
                .execute(args.length == 0 ? new String[] {"serve"} : args);
    }

    /** Bad input is one line on stderr and exit code 2; anything else is a bug and shows its trace. */
    static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof BadInputException || e instanceof UncheckedIOException || e instanceof NoSuchFileException) {
            cmd.getErr().println("error: " + e.getMessage());
            return 2;
        }
        cmd.getErr().println("error: " + e);
        e.printStackTrace(cmd.getErr());
        return 1;
    }
}
