package org.seizureforecast.core.signal;

/** A frame that must not be processed, with the reason and a message naming what is wrong. */
public final class FrameRejectedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Rejection reason;

    public FrameRejectedException(Rejection reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Rejection reason() {
        return reason;
    }
}
