package org.seizureforecast.core.signal;

import java.util.List;
import org.seizureforecast.core.lang.Nullable;

/**
 * A snapshot of one patient's stream for status pages. Before the first accepted frame {@code
 * sessionId} is null and the numbers are 0.
 *
 * @param sessionId the current session
 * @param lastSequence highest sequence number accepted in the session
 * @param lastFrameEndMicros EEG time just after the last accepted chunk (by its timestamp)
 * @param clockOffsetMicros the last chunk's start stamp minus where the sample clock (segment
 *     origin plus samples received) put it: jitter and drift of the producer's clock; window
 *     times follow the sample clock
 * @param inputSampleRate the session's input rate in Hz
 * @param missingChannels montage channels the session's labels cannot provide (zero-filled)
 * @param framesAccepted frames accepted since the stream was created
 * @param sessions sessions started
 * @param gaps gaps within sessions (each restarts windowing)
 * @param windowsEmitted windows emitted since the stream was created
 * @param lastWindowEndMicros EEG end time of the last window emitted
 */
public record StreamStatus(
        String patientId,
        @Nullable String sessionId,
        long lastSequence,
        long lastFrameEndMicros,
        long clockOffsetMicros,
        double inputSampleRate,
        List<String> missingChannels,
        long framesAccepted,
        long sessions,
        long gaps,
        long windowsEmitted,
        long lastWindowEndMicros) {}
