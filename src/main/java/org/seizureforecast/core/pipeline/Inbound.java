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
 */
public record Inbound<T>(
        @Nullable String key,
        @Nullable EegFrame frame,
        @Nullable FrameRejectedException decodeFailure,
        T tag) {

    public static <T> Inbound<T> of(@Nullable String key, EegFrame frame, T tag) {
        return new Inbound<>(key, frame, null, tag);
    }

    public static <T> Inbound<T> failed(@Nullable String key, FrameRejectedException failure, T tag) {
        return new Inbound<>(key, null, failure, tag);
    }
}
