package org.seizureforecast.core.signal;

/**
 * Creates the per-channel filter chain (band-pass plus notch) applied after resampling. The core
 * owns when filters run and their state's lifetime; the design itself comes from an adapter
 * (iirj), which keeps the core free of third-party imports.
 */
public interface FilterBank {
    /** A fresh filter chain with its own state, for a signal sampled at {@code sampleRate} Hz. */
    ChannelFilter newChannelFilter(double sampleRate);

    /** A bank that leaves the signal untouched (tests, already-filtered data). */
    static FilterBank identity() {
        return sampleRate -> new ChannelFilter() {
            @Override
            public void process(float[] data, int offset, int len) {}

            @Override
            public void reset(float level) {}
        };
    }
}
