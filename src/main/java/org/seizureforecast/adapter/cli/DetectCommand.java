package org.seizureforecast.adapter.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seizureforecast.adapter.config.Pipelines;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.pipeline.WindowResult;
import org.seizureforecast.tools.batch.EdfFrameSource;
import org.seizureforecast.tools.batch.RecordingDetector;
import org.seizureforecast.tools.batch.SeizureRows;
import org.seizureforecast.tools.edf.EdfException;
import org.seizureforecast.tools.edf.EdfHeader;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.Detection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * SzCORE submission mode: one recording in, one annotation TSV out, computed by the very pipeline
 * and alarm policy the live service runs (configuration included). With {@code --forecast-out} it
 * also writes the FORECAST alarms as an alarms file for {@code score --forecast}: one {@code sz}
 * row per alarm at the EEG time it was raised, duration 0 (docs/forecasting-metrics.md).
 */
@Command(
        name = "detect",
        description = {
            "Detect seizures in one EDF recording and write an SzCORE annotation TSV.",
            "Runs the same pipeline, detector and alarm policies as serve (seizure.* configuration)."
        })
public class DetectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORDING.edf")
    Path recording;

    @Parameters(index = "1", paramLabel = "OUT.tsv")
    Path out;

    @Option(
            names = "--forecast-out",
            paramLabel = "ALARMS.tsv",
            description = {
                "Also write the FORECAST alarms (one sz row at each raise time, duration 0) for score --forecast."
            })
    Path forecastOut;

    @Option(
            names = "--scores-out",
            paramLabel = "SCORES.tsv",
            description = {
                "Also write every window's scores (seconds from the recording start; probabilities and the",
                "alarm engine's smoothed values) as a tab-separated table, e.g. to tune alarm thresholds."
            })
    Path scoresOut;

    @Inject
    ServiceConfig config;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(recording)) {
            throw new BadInputException(recording + ": no such file");
        }
        requireParent(out);
        for (Path extra : new Path[] {forecastOut, scoresOut}) {
            if (extra != null) {
                requireParent(extra);
            }
        }
        StreamProcessor processor = Pipelines.processor(config);
        try (EdfFrameSource source = EdfFrameSource.open(recording, "detect", "detect", 1.0);
                Progress progress = new Progress(recording.getFileName().toString(), source.totalRecords())) {
            RecordingDetector.Result result = RecordingDetector.run(processor, source, progress::update);
            if (result.windows().isEmpty()) {
                throw new BadInputException(recording + ": no analysis window could be made ("
                        + (result.firstRejection() != null
                                ? result.firstRejection()
                                : "recording shorter than one window")
                        + ")");
            }
            EdfHeader header = source.header();
            List<Detection> rows = SeizureRows.of(result.alarms(), header.startMicros());
            AnnotationWriter.write(out, rows, source.durationSeconds(), header.start());
            System.err.printf(
                    "%s: %d seizure event(s) in %.0f s, %d windows scored -> %s%n",
                    recording.getFileName(),
                    rows.size(),
                    source.durationSeconds(),
                    result.windows().size(),
                    out);
            if (forecastOut != null) {
                List<Detection> forecasts = forecastRows(result.alarms(), header.startMicros());
                AnnotationWriter.write(forecastOut, forecasts, source.durationSeconds(), header.start());
                System.err.printf(
                        "%s: %d forecast alarm(s) -> %s%n", recording.getFileName(), forecasts.size(), forecastOut);
            }
            if (scoresOut != null) {
                writeScores(scoresOut, result.windows(), header.startMicros());
            }
        } catch (EdfException e) {
            throw new BadInputException(e.getMessage(), e);
        } finally {
            processor.detectors().close();
        }
        return 0;
    }

    private static void requireParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(file + ": directory " + parent + " does not exist");
        }
    }

    private static void writeScores(Path file, List<WindowResult> windows, long startMicros) throws IOException {
        StringBuilder b = new StringBuilder("start\tend\tictal\tpreictal\tartifact\tsmoothedIctal\tsmoothedRisk\n");
        for (WindowResult w : windows) {
            b.append(String.format(
                    Locale.ROOT,
                    "%.2f\t%.2f\t%.6f\t%.6f\t%.4f\t%.6f\t%.6f\n",
                    (w.startMicros() - startMicros) / 1e6,
                    (w.endMicros() - startMicros) / 1e6,
                    w.ictalProbability(),
                    w.preictalRisk(),
                    w.artifactFraction(),
                    w.smoothedIctal(),
                    w.smoothedRisk()));
        }
        Files.writeString(file, b);
    }

    /** FORECAST alarms as alarm-file rows: raised time (s from the recording start), duration 0. */
    static List<Detection> forecastRows(List<Alarm> alarms, long recordingStartMicros) {
        return alarms.stream()
                .filter(a -> a.kind() == AlarmKind.FORECAST)
                .sorted(Comparator.comparingLong(Alarm::raisedMicros))
                .map(a -> Detection.seizure(
                        (a.raisedMicros() - recordingStartMicros) / 1e6, 0, Math.min(1.0, Math.max(0.0, a.score()))))
                .toList();
    }
}
