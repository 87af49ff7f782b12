package org.seizureforecast.core.signal;

/**
 * How raw chunks become analysis windows: the validated, immutable stream configuration.
 *
 * @param sampleRate analysis sample rate in Hz (256, the models' rate)
 * @param windowSeconds analysis window length (5 s, as in STAN)
 * @param hopSeconds distance between window starts (2.5 s, 50 % overlap)
 * @param minChunkSeconds shortest accepted chunk
 * @param maxChunkSeconds longest accepted chunk
 * @param maxFrameBytes largest accepted encoded frame
 * @param gapToleranceMicros a chunk starting later than expected by more than this is a gap
 */
public record StreamSpec(
        double sampleRate,
        double windowSeconds,
        double hopSeconds,
        double minChunkSeconds,
        double maxChunkSeconds,
        int maxFrameBytes,
        long gapToleranceMicros) {

    public static final StreamSpec DEFAULT = new StreamSpec(256.0, 5.0, 2.5, 0.25, 10.0, 1 << 20, 50_000L);

    public StreamSpec {
        require(sampleRate > 0, "sampleRate must be > 0, was " + sampleRate);
        require(windowSeconds > 0, "windowSeconds must be > 0, was " + windowSeconds);
        require(
                hopSeconds > 0 && hopSeconds <= windowSeconds,
                "hopSeconds must be in (0, windowSeconds], was " + hopSeconds);
        require(
                minChunkSeconds > 0 && minChunkSeconds <= maxChunkSeconds,
                "chunk range must satisfy 0 < min <= max, was " + minChunkSeconds + ".." + maxChunkSeconds);
        require(maxFrameBytes > 0, "maxFrameBytes must be > 0, was " + maxFrameBytes);
        require(gapToleranceMicros >= 0, "gapToleranceMicros must be >= 0, was " + gapToleranceMicros);
    }

    public int windowSamples() {
        return (int) Math.round(windowSeconds * sampleRate);
    }

    public int hopSamples() {
        return (int) Math.round(hopSeconds * sampleRate);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
