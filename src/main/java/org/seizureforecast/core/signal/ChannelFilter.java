package org.seizureforecast.core.signal;

/**
 * Stateful filter of one channel. Not thread-safe: one instance per patient channel, used by the
 * thread that owns the patient's stream.
 */
public interface ChannelFilter {
    /** Filters {@code len} samples of {@code data} from {@code offset}, in place. */
    void process(float[] data, int offset, int len);

    /**
     * Forgets the past, settling the state as if the signal had been {@code level} forever, so a
     * restart after a gap produces no step transient.
     */
    void reset(float level);
}
