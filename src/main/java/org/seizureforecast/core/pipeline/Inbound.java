package org.seizureforecast.core.pipeline;

import org.seizureforecast.core.lang.Nullable;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameRejectedException;

/**
 * One unit of input to the processor: a decoded frame, or the reason it could not be decoded.
 *
 * @param key the patient the transport says this is for (Kafka key, REST path)
 * @param frame the frame, or null when decoding failed
 * @param decodeFailure why decoding failed, or null
 * @param tag opaque handle of the transport (the Kafka record), returned with the outcome
 * @param arrivalNanos when the transport received it, on the transport's monotonic clock
 *     ({@code System.nanoTime()}), or 0 where nobody waits (batch commands); the engine only passes
 *     it on to the windows the frame completes, for the arrival-to-score latency
 */
public record Inbound<T>(
        @Nullable String key,
        @Nullable EegFrame frame,
        @Nullable FrameRejectedException decodeFailure,
        T tag,
        long arrivalNanos) {

    public static <T> Inbound<T> of(@Nullable String key, EegFrame frame, T tag, long arrivalNanos) {
        return new Inbound<>(key, frame, null, tag, arrivalNanos);
    }

    public static <T> Inbound<T> failed(
            @Nullable String key, FrameRejectedException failure, T tag, long arrivalNanos) {
        return new Inbound<>(key, null, failure, tag, arrivalNanos);
    }

    /** A frame with no arrival time (batch commands, tests). */
    public static <T> Inbound<T> of(@Nullable String key, EegFrame frame, T tag) {
        return of(key, frame, tag, 0);
    }

    /** An undecodable input with no arrival time (batch commands, tests). */
    public static <T> Inbound<T> failed(@Nullable String key, FrameRejectedException failure, T tag) {
        return failed(key, failure, tag, 0);
    }
}
