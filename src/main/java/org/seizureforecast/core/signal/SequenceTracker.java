package org.seizureforecast.core.signal;

/**
 * The sequence numbers accepted in one session: the highest so far plus a bitmap of the 64 below
 * it, enough to tell a duplicate (already accepted) from a late arrival (skipped, then sent
 * after a higher one). Numbers may skip; continuity is judged on timestamps elsewhere.
 */
final class SequenceTracker {
    private static final int REMEMBERED = 64;
    private long highest = -1;
    /** Bit i set: {@code highest - i} was accepted. */
    private long accepted;

    /** @throws FrameRejectedException DUPLICATE_SEQUENCE or OUT_OF_ORDER; the tracker is unchanged */
    void check(long sequence, String sessionId) throws FrameRejectedException {
        if (sequence > highest) {
            return;
        }
        long behind = highest - sequence;
        if (behind < REMEMBERED && (accepted >>> behind & 1) != 0) {
            throw new FrameRejectedException(
                    Rejection.DUPLICATE_SEQUENCE,
                    "sequence " + sequence + " was already accepted in session " + sessionId);
        }
        throw new FrameRejectedException(
                Rejection.OUT_OF_ORDER,
                "sequence " + sequence + " arrived after sequence " + highest + " in session " + sessionId);
    }

    /** Records a sequence number that passed {@link #check}. */
    void accept(long sequence) {
        long ahead = sequence - highest;
        accepted = highest < 0 || ahead >= REMEMBERED ? 1 : accepted << ahead | 1;
        highest = sequence;
    }

    long highest() {
        return highest;
    }
}
