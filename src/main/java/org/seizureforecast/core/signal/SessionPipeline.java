package org.seizureforecast.core.signal;

import java.util.List;

/**
 * The signal path of one session: montage derivation, resampling to the analysis rate and
 * filtering, for the montage channels the session's labels provide. Built once per session (its
 * labels and rate are fixed); scratch buffers grow to the largest chunk and are then reused.
 * Not thread-safe.
 */
final class SessionPipeline {
    final String sessionId;
    final List<String> labels;
    final double inputRate;
    final MontageMapping mapping;
    final SequenceTracker sequences = new SequenceTracker();
    /** EEG time just after the last accepted chunk, by that chunk's own timestamp. */
    long lastEndMicros;
    /** EEG time of the current segment's first sample, and the input samples received since. */
    long segmentOriginMicros;

    long segmentSamples;
    /** The last chunk's stamp minus where the sample clock expected it (drift and jitter). */
    long clockOffsetMicros;

    private final int[] channels;
    private final Resampler resampler;
    private final ChannelFilter[] filters;
    private final float[] levels;
    private float[][] derived;

    SessionPipeline(EegFrame first, MontageMapping mapping, double outputRate, FilterBank filterBank) {
        this.sessionId = first.sessionId();
        this.labels = first.channels();
        this.inputRate = first.sampleRate();
        this.mapping = mapping;
        this.channels = mapping.presentChannels();
        this.resampler = Resampler.create(inputRate, outputRate, channels.length);
        this.filters = new ChannelFilter[channels.length];
        for (int i = 0; i < filters.length; i++) {
            filters[i] = filterBank.newChannelFilter(outputRate);
        }
        this.levels = new float[channels.length];
        this.derived = new float[channels.length][0];
    }

    Resampler timing() {
        return resampler;
    }

    /** Where the next chunk should start by the sample clock: origin plus samples received. */
    long expectedStartMicros() {
        return segmentOriginMicros + Math.round(segmentSamples * 1e6 / inputRate);
    }

    /**
     * Runs one chunk through the path and hands the result to {@code windows}. With {@code
     * restart}, the resampler and filters first settle on the chunk's first values (segment start).
     */
    void process(EegFrame frame, boolean restart, WindowAssembler windows, List<AnalysisWindow> out) {
        int n = frame.sampleCount();
        if (restart) {
            segmentOriginMicros = frame.startMicros();
            segmentSamples = 0;
        }
        segmentSamples += n;
        if (derived[0].length < n) {
            derived = new float[channels.length][n];
        }
        for (int i = 0; i < channels.length; i++) {
            mapping.derive(channels[i], frame.samples(), n, 0, n, derived[i], 0);
        }
        if (restart) {
            for (int i = 0; i < channels.length; i++) {
                levels[i] = derived[i][0];
                filters[i].reset(levels[i]);
            }
            resampler.reset(levels);
        }
        int produced = resampler.process(derived, n);
        float[][] resampled = resampler.output();
        for (int i = 0; i < channels.length; i++) {
            filters[i].process(resampled[i], 0, produced);
        }
        windows.append(resampled, channels, produced, out);
    }
}
