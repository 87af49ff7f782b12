package org.seizureforecast.adapter.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.Detection;
import picocli.CommandLine;

/**
 * Bench (not part of the default test run; the name matches no surefire include): writes a
 * seeded random dataset of 300 recordings x 1 h (30 subjects x 10 runs) and times {@code score}
 * on it, in process (after one warm-up) and, when the packaged application exists, as
 * {@code java -jar target/quarkus-app/quarkus-run.jar score ...} including JVM start-up.
 *
 * <pre>./mvnw -B -q -o test -Dtest=ScoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * {@code -Dbench.dir=/some/dir} keeps the dataset there instead of a temporary folder.
 */
class ScoreBenchmark {
    private static final int SUBJECTS = 30;
    private static final int RUNS = 10;
    private static final int HOUR = 3600;

    @Test
    void scoreThreeHundredOneHourRecordings() throws Exception {
        String keep = System.getProperty("bench.dir");
        Path root = keep != null ? Path.of(keep) : Files.createTempDirectory("score-bench");
        long t0 = System.nanoTime();
        write(root, 20250317L);
        double generate = seconds(t0);
        String[] args = {
            "score",
            root.resolve("ref").toString(),
            root.resolve("hyp").toString(),
            root.resolve("out.json").toString()
        };

        double first = timeInProcess(args);
        double[] warm = {timeInProcess(args), timeInProcess(args), timeInProcess(args)};
        Arrays.sort(warm);
        System.out.printf(
                Locale.ROOT, "dataset: %d recordings x 1 h written in %.2f s to %s%n", SUBJECTS * RUNS, generate, root);
        System.out.printf(
                Locale.ROOT,
                "score in process: first run %.2f s, warm median %.2f s (min %.2f s)%n",
                first,
                warm[1],
                warm[0]);
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (Files.exists(jar)) {
            double cli = timeProcess(jar, args);
            System.out.printf(
                    Locale.ROOT,
                    "score as a command (java -jar %s, JVM + Quarkus start-up" + " included): %.2f s%n",
                    jar,
                    cli);
        } else {
            System.out.println("(package the app with ./mvnw -B -q -o package -DskipTests to also time"
                    + " the command with JVM start-up)");
        }
    }

    private static double timeInProcess(String[] args) {
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream())); // the progress bar
        long t = System.nanoTime();
        int code;
        try {
            code = new CommandLine(new RootCommand())
                    .setOut(new PrintWriter(new StringWriter()))
                    .execute(args);
        } finally {
            System.setErr(stderr);
        }
        if (code != 0) {
            throw new IllegalStateException("score failed with exit code " + code);
        }
        return seconds(t);
    }

    private static double timeProcess(Path jar, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("java -jar ... score exited with " + p.exitValue());
        }
        return seconds(t);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Each run: 0-3 seizures of 10-120 s; detections hit most of them, plus 0-4 false alarms. */
    static void write(Path root, long seed) throws IOException {
        Random random = new Random(seed);
        for (int s = 1; s <= SUBJECTS; s++) {
            for (int r = 1; r <= RUNS; r++) {
                List<Detection> ref = new ArrayList<>();
                List<Detection> hyp = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    double onset = 60 + random.nextInt(HOUR - 300);
                    ref.add(Detection.seizure(onset, 10 + random.nextInt(110), Double.NaN));
                    if (random.nextDouble() < 0.8) {
                        hyp.add(Detection.seizure(
                                onset + random.nextInt(40) - 10, 5 + random.nextInt(60), random.nextDouble()));
                    }
                }
                for (int k = random.nextInt(5); k > 0; k--) {
                    hyp.add(Detection.seizure(random.nextInt(HOUR - 60), 2 + random.nextInt(30), random.nextDouble()));
                }
                String name = String.format(
                        Locale.ROOT,
                        "sub-%02d/ses-01/eeg/sub-%02d_ses-01_task-szMonitoring_run-%02d_events.tsv",
                        s,
                        s,
                        r);
                writeFile(root.resolve("ref").resolve(name), ref);
                writeFile(root.resolve("hyp").resolve(name), hyp);
            }
        }
    }

    private static void writeFile(Path file, List<Detection> events) throws IOException {
        Files.createDirectories(file.getParent());
        AnnotationWriter.write(file, events, HOUR, null);
    }
}
