package org.seizureforecast.adapter.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seizureforecast.adapter.config.Pipelines;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.core.edf.EdfException;
import org.seizureforecast.core.edf.EdfHeader;
import org.seizureforecast.core.pipeline.EdfFrameSource;
import org.seizureforecast.core.pipeline.RecordingDetector;
import org.seizureforecast.core.pipeline.SeizureRows;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.scoring.AnnotationWriter;
import org.seizureforecast.core.scoring.Detection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * SzCORE submission mode: one recording in, one annotation TSV out, computed by the very pipeline
 * and alarm policy the live service runs (configuration included).
 */
@Command(name = "detect", description = {
        "Detect seizures in one EDF recording and write an SzCORE annotation TSV.",
        "Runs the same pipeline, detector and SEIZURE alarm policy as serve (seizure.* configuration)."})
public class DetectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORDING.edf") Path recording;
    @Parameters(index = "1", paramLabel = "OUT.tsv") Path out;

    @Inject ServiceConfig config;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(recording)) {
            throw new BadInputException(recording + ": no such file");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(out + ": directory " + parent + " does not exist");
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
        } catch (EdfException e) {
            throw new BadInputException(e.getMessage(), e);
        } finally {
            processor.detectors().close();
        }
        return 0;
    }
}
