package org.seizureforecast.adapter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seizureforecast.tools.scoring.Aggregation;
import org.seizureforecast.tools.scoring.DatasetEvaluator;
import org.seizureforecast.tools.scoring.DatasetScore;
import org.seizureforecast.tools.scoring.EvaluationListener;
import org.seizureforecast.tools.scoring.F1Version;
import org.seizureforecast.tools.scoring.HypothesisFallback;
import org.seizureforecast.tools.scoring.InvalidAnnotationException;
import org.seizureforecast.tools.scoring.MetricSummary;
import org.seizureforecast.tools.scoring.ScoreReport;
import org.seizureforecast.tools.scoring.forecast.ForecastEvaluator;
import org.seizureforecast.tools.scoring.forecast.ForecastParameters;
import org.seizureforecast.tools.scoring.forecast.ForecastReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code score <ref-root> <hyp-root> <out.json>}: SzCORE dataset evaluation with the semantics
 * and JSON shape of szcore-evaluation, plus per-subject and per-recording counts. With
 * {@code --forecast} the hypothesis tree holds alarms files instead (see docs/scoring.md).
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Score a hypothesis tree against a reference tree (SzCORE) and write JSON.")
public class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<ref-root>", description = "reference tree (sub-*/**/*.tsv)")
    Path referenceRoot;

    @Parameters(
            index = "1",
            paramLabel = "<hyp-root>",
            description = "hypothesis tree, same relative paths (alarms files with --forecast)")
    Path hypothesisRoot;

    @Parameters(index = "2", paramLabel = "<out.json>", description = "where to write the results")
    Path output;

    @Option(
            names = "--f1",
            paramLabel = "VERSION",
            defaultValue = "v0.0.7",
            description = "F1 formula: v0.0.7 (current, default) or v0.0.6 (published SzCORE results)")
    String f1 = "v0.0.7";

    @Option(names = "--pooled", description = "pool all counts instead of averaging over subjects")
    boolean pooled;

    @Option(
            names = "--forecast",
            description = "hyp-root holds FORECAST alarms: each sz row's onset"
                    + " is an alarm time; add forecasting metrics")
    boolean forecast;

    @Option(
            names = "--sph",
            paramLabel = "MINUTES",
            defaultValue = "5",
            description = "seizure prediction horizon for --forecast (default 5)")
    double sphMinutes = 5;

    @Option(
            names = "--sop",
            paramLabel = "MINUTES",
            defaultValue = "45",
            description = "seizure occurrence period for --forecast (default 45)")
    double sopMinutes = 45;

    @Option(
            names = "--post-ictal",
            paramLabel = "MINUTES",
            defaultValue = "30",
            description = "time after a seizure excluded from interictal time for --forecast (default 30)")
    double postIctalMinutes = 30;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        F1Version version = f1Version();
        Aggregation aggregation = pooled ? Aggregation.POOLED : Aggregation.MEAN_OVER_SUBJECTS;
        PrintWriter err = spec.commandLine().getErr();
        DatasetScore score;
        Map<String, Object> document;
        try (ScoreProgress progress = new ScoreProgress(err)) {
            if (forecast) {
                ForecastParameters parameters = forecastParameters();
                ForecastEvaluator.Result result =
                        new ForecastEvaluator(parameters, progress).evaluate(referenceRoot, hypothesisRoot);
                score = result.szcore();
                document = ScoreReport.dataset(score, version, aggregation);
                document.put("forecast", ForecastReport.section(result, parameters));
            } else {
                score = new DatasetEvaluator(progress).evaluate(referenceRoot, hypothesisRoot);
                document = ScoreReport.dataset(score, version, aggregation);
            }
        } catch (InvalidAnnotationException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        write(document);
        MetricSummary event = score.eventSummary(version, aggregation);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "scored %d recordings of %d subjects: event F1 %.4f, sensitivity %.4f, FP/24h %.2f"
                                + " (%s, timescoring %s) -> %s%n",
                        score.recordings().size(),
                        score.subjects().size(),
                        event.f1(),
                        event.sensitivity(),
                        event.fpRate(),
                        pooled ? "pooled" : "mean over subjects",
                        version.label(),
                        output);
        return 0;
    }

    private F1Version f1Version() {
        try {
            return F1Version.parse(f1);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--f1: " + e.getMessage());
        }
    }

    private ForecastParameters forecastParameters() {
        try {
            return new ForecastParameters(sphMinutes * 60, sopMinutes * 60, postIctalMinutes * 60);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--sph/--sop/--post-ictal: " + e.getMessage());
        }
    }

    private void write(Map<String, Object> document) {
        try {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), document);
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Progress bar over recordings and one warning line per replaced hypothesis, on stderr. */
    private static final class ScoreProgress implements EvaluationListener, AutoCloseable {
        private final PrintWriter err;
        private Progress bar;

        ScoreProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void recordingsFound(int total) {
            bar = new Progress("score", total);
        }

        @Override
        public void recordingScored(int done, String relativePath) {
            bar.update(done);
        }

        @Override
        public void hypothesisReplaced(String relativePath, HypothesisFallback fallback) {
            err.println("warning: " + fallback.explanation());
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
