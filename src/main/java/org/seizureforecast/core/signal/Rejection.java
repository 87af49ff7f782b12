package org.seizureforecast.core.signal;

/**
 * Why an inbound frame was refused. The names are stable: they appear in the DLQ header {@code
 * rejection-reason}, in the metric tag {@code reason} and in REST problem documents.
 */
public enum Rejection {
    /** Fewer bytes than the header or the declared samples need. */
    TRUNCATED(400),
    /** The first bytes are not the wire-format magic. */
    BAD_MAGIC(400),
    /** A format version this service does not read. */
    UNSUPPORTED_VERSION(400),
    /** Larger than the configured maximum frame size. */
    OVERSIZE(413),
    /** A header field is out of range or unreadable (empty id, zero sample rate, bad UTF-8, ...). */
    MALFORMED(400),
    /** Media type not understood (REST only). */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A sample is NaN or infinite. */
    NON_FINITE_SAMPLE(422),
    /** The chunk is shorter or longer than the accepted chunk duration range. */
    CHUNK_DURATION(422),
    /** The record key (or REST path) names another patient than the frame header. */
    PATIENT_MISMATCH(422),
    /** Channel count or labels differ from the session's, or labels and data disagree. */
    CHANNEL_MISMATCH(422),
    /** The sample rate changed within a session. */
    SAMPLE_RATE_CHANGED(422),
    /** A sequence number that was already accepted for this session. */
    DUPLICATE_SEQUENCE(422),
    /** A sequence number lower than one already accepted, or time running backwards. */
    OUT_OF_ORDER(422),
    /** None of the model montage's channels can be derived from the frame's labels. */
    NO_USABLE_CHANNELS(422),
    /** The detector failed on an otherwise valid window. */
    INFERENCE_FAILED(500);

    private final int httpStatus;

    Rejection(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status a REST client gets for this rejection. */
    public int httpStatus() {
        return httpStatus;
    }
}
