package org.seizureforecast.adapter.cli;

import picocli.CommandLine.Command;

/** The command tree of the application; see the contract in the README. */
@Command(
        name = "seizure-forecast",
        mixinStandardHelpOptions = true,
        subcommands = {
            ServeCommand.class,
            ReplayCommand.class,
            SimulateCommand.class,
            DetectCommand.class,
            ScoreCommand.class,
            ExportWindowsCommand.class,
            BenchCommand.class
        },
        description = "Real-time EEG seizure detection and forecasting.")
@SuppressWarnings("PrivateConstructorForUtilityClass") // picocli instantiates the root of the tree
public final class RootCommand {

    static boolean isServe(String... args) {
        return args.length == 0 || "serve".equals(args[0]);
    }
}
