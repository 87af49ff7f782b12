package org.seizureforecast.adapter.onnx;

import java.util.Arrays;

/**
 * How AT-AT's 2 s epochs tile a 5 s window, and how their outputs merge back.
 *
 * <p>Epochs start at the manifest's offsets (0, 384, 768 samples: 0, 1.5 and 3 s), so 1280
 * samples are covered by three 512-sample epochs with two 128-sample overlaps. In an overlap the
 * two epochs are cross-faded linearly; {@code gain[e][i]} is epoch e's weight at its sample i,
 * and the gains of all epochs covering a window sample add up to 1. The same weights are in
 * {@code models/bench_torch.py}.
 */
final class EpochLayout {
    final int windowSamples;
    final int epochSamples;
    final int[] offsets;
    final float[][] gain;
    /** Share of the window's samples that each epoch accounts for (sum of its gains / window). */
    final double[] share;

    EpochLayout(int windowSamples, int epochSamples, int[] offsets) {
        this.windowSamples = windowSamples;
        this.epochSamples = epochSamples;
        this.offsets = offsets.clone();
        check();
        gain = new float[offsets.length][epochSamples];
        for (float[] g : gain) {
            Arrays.fill(g, 1f);
        }
        for (int e = 1; e < offsets.length; e++) {
            int lo = offsets[e];
            int hi = offsets[e - 1] + epochSamples;
            for (int i = lo; i < hi; i++) {
                float up = (float) ((i - lo + 0.5) / (hi - lo));
                gain[e][i - lo] = up;
                gain[e - 1][i - offsets[e - 1]] = 1f - up;
            }
        }
        share = new double[offsets.length];
        for (int e = 0; e < offsets.length; e++) {
            double sum = 0;
            for (float g : gain[e]) {
                sum += g;
            }
            share[e] = sum / windowSamples;
        }
    }

    int epochs() {
        return offsets.length;
    }

    private void check() {
        int n = offsets.length;
        boolean ok = n >= 1 && offsets[0] == 0 && offsets[n - 1] + epochSamples == windowSamples;
        for (int e = 1; ok && e < n; e++) {
            ok = offsets[e] > offsets[e - 1]
                    && offsets[e] <= offsets[e - 1] + epochSamples
                    && (e < 2 || offsets[e] >= offsets[e - 2] + epochSamples);
        }
        if (!ok) {
            throw new ModelRejectedException("epoch offsets " + Arrays.toString(offsets) + " do not tile a "
                    + windowSamples + "-sample window with " + epochSamples + "-sample epochs (gapless, at most"
                    + " two epochs over any sample)");
        }
    }
}
