package org.seizureforecast.core.pipeline;

import org.seizureforecast.core.lang.Nullable;
import org.seizureforecast.core.signal.Rejection;

/** An inbound frame the processor refused, with the transport's handle to dead-letter it. */
public record Rejected<T>(
        T tag,
        @Nullable String key,
        Rejection reason,
        @Nullable String message) {}
