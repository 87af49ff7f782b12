package org.seizureforecast.adapter.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.seizureforecast.adapter.config.Pipelines;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.edf.EdfException;
import org.seizureforecast.core.edf.EdfHeader;
import org.seizureforecast.core.pipeline.EdfFrameSource;
import org.seizureforecast.core.pipeline.RecordingDetector;
import org.seizureforecast.core.pipeline.SeizureRows;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.scoring.AnnotationWriter;
import org.seizureforecast.core.scoring.Detection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * SzCORE submission mode: one recording in, one annotation TSV out, computed by the very pipeline
 * and alarm policy the live service runs (configuration included). With {@code --forecast-out} it
 * also writes the FORECAST alarms as an alarms file for {@code score --forecast}: one {@code sz}
 * row per alarm at the EEG time it was raised, duration 0 (docs/forecasting-metrics.md).
 */
@Command(name = "detect", description = {
        "Detect seizures in one EDF recording and write an SzCORE annotation TSV.",
        "Runs the same pipeline, detector and alarm policies as serve (seizure.* configuration)."})
public class DetectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORDING.edf") Path recording;
    @Parameters(index = "1", paramLabel = "OUT.tsv") Path out;

    @Option(names = "--forecast-out", paramLabel = "ALARMS.tsv", description = {
            "Also write the FORECAST alarms (one sz row at each raise time, duration 0) for score --forecast."})
    Path forecastOut;

    @Inject ServiceConfig config;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(recording)) {
            throw new BadInputException(recording + ": no such file");
        }
        requireParent(out);
        if (forecastOut != null) {
            requireParent(forecastOut);
        }
        StreamProcessor processor = Pipelines.processor(config);
        try (EdfFrameSource source = EdfFrameSource.open(recording, "detect", "detect", 1.0);
                Progress progress = new Progress(recording.getFileName().toString(), source.totalRecords())) {
            RecordingDetector.Result result = RecordingDetector.run(processor, source, progress::update);
            if (result.windows().isEmpty()) {
                throw new BadInputException(recording + ": no analysis window could be made ("
                        + (result.firstRejection() != null ? result.firstRejection()
                                : "recording shorter than one window") + ")");
            }
            EdfHeader header = source.header();
            List<Detection> rows = SeizureRows.of(result.alarms(), header.startMicros());
            AnnotationWriter.write(out, rows, source.durationSeconds(), header.start());
            System.err.printf("%s: %d seizure event(s) in %.0f s, %d windows scored -> %s%n",
                    recording.getFileName(), rows.size(), source.durationSeconds(), result.windows().size(), out);
            if (forecastOut != null) {
                List<Detection> forecasts = forecastRows(result.alarms(), header.startMicros());
                AnnotationWriter.write(forecastOut, forecasts, source.durationSeconds(), header.start());
                System.err.printf("%s: %d forecast alarm(s) -> %s%n", recording.getFileName(), forecasts.size(),
                        forecastOut);
            }
        } catch (EdfException e) {
            throw new BadInputException(e.getMessage(), e);
        } finally {
            processor.scorer().close();
        }
        return 0;
    }

    private static void requireParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(file + ": directory " + parent + " does not exist");
        }
    }

    /** FORECAST alarms as alarm-file rows: raised time (s from the recording start), duration 0. */
    static List<Detection> forecastRows(List<Alarm> alarms, long recordingStartMicros) {
        return alarms.stream()
                .filter(a -> a.kind() == AlarmKind.FORECAST)
                .sorted(Comparator.comparingLong(Alarm::raisedMicros))
                .map(a -> Detection.seizure((a.raisedMicros() - recordingStartMicros) / 1e6, 0,
                        Math.min(1.0, Math.max(0.0, a.score()))))
                .toList();
    }
}
