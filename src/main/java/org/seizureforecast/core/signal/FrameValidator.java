package org.seizureforecast.core.signal;

/** Stateless frame checks (placeholder until the signal work lands: non-finite samples only). */
public final class FrameValidator {
    private FrameValidator() {}

    public static void validate(EegFrame frame, StreamSpec spec) throws FrameRejectedException {
        float[] s = frame.samples();
        for (int i = 0; i < s.length; i++) {
            if (!Float.isFinite(s[i])) {
                throw new FrameRejectedException(Rejection.NON_FINITE_SAMPLE, "sample " + i + " is " + s[i]);
            }
        }
    }
}
