package org.seizureforecast.tools.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.pipeline.BatchOutcome;
import org.seizureforecast.core.pipeline.Inbound;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.pipeline.WindowResult;
import org.seizureforecast.core.signal.EegFrame;

/**
 * Offline detection: feeds a whole recording through the same {@link StreamProcessor} the live
 * service uses, then closes the open event at the end of the recording. What {@code detect} writes
 * is therefore what the service would have alarmed on.
 */
public final class RecordingDetector {
    private RecordingDetector() {}

    /** What one recording produced. */
    public record Result(List<WindowResult> windows, List<Alarm> alarms, int rejectedFrames, String firstRejection) {}

    /**
     * Runs the recording through the processor, then closes the patient's open events.
     *
     * @param progress receives the number of EDF records read so far
     */
    public static Result run(StreamProcessor processor, EdfFrameSource source, LongConsumer progress)
            throws IOException {
        List<WindowResult> windows = new ArrayList<>();
        List<Alarm> alarms = new ArrayList<>();
        int rejected = 0;
        String firstRejection = null;
        String patient = null;
        EegFrame frame;
        while ((frame = source.next()) != null) {
            patient = frame.patientId();
            BatchOutcome<Void> out = processor.process(List.of(Inbound.of(patient, frame, null)));
            windows.addAll(out.results());
            alarms.addAll(out.alarms());
            if (!out.rejected().isEmpty()) {
                rejected++;
                if (firstRejection == null) {
                    firstRejection = out.rejected().get(0).reason() + ": "
                            + out.rejected().get(0).message();
                }
            }
            progress.accept(source.recordsRead());
        }
        if (patient != null) {
            alarms.addAll(processor.finish(patient));
        }
        return new Result(windows, alarms, rejected, firstRejection);
    }
}
