package org.seizureforecast.core.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The result of {@link MontageMapper#map}: for each montage channel, which input channel is
 * added ({@code plus}) and which subtracted ({@code minus}), -1 for none. Both -1 means missing.
 * Immutable; computed once per label list and reused for every frame.
 */
public final class MontageMapping {
    private final Montage montage;
    private final List<String> inputLabels;
    private final int[] plus;
    private final int[] minus;
    private final int[] presentChannels;

    MontageMapping(Montage montage, List<String> inputLabels, int[] plus, int[] minus) {
        this.montage = montage;
        this.inputLabels = List.copyOf(inputLabels);
        this.plus = plus;
        this.minus = minus;
        this.presentChannels = IntStream.range(0, plus.length)
                .filter(c -> plus[c] >= 0 || minus[c] >= 0)
                .toArray();
    }

    public Montage montage() {
        return montage;
    }

    public List<String> inputLabels() {
        return inputLabels;
    }

    public boolean isPresent(int channel) {
        return plus[channel] >= 0 || minus[channel] >= 0;
    }

    /** A fresh array, {@code true} for each montage channel that can be derived. */
    public boolean[] present() {
        boolean[] present = new boolean[plus.length];
        for (int c : presentChannels) {
            present[c] = true;
        }
        return present;
    }

    /** Indices of the derivable montage channels, ascending. */
    public int[] presentChannels() {
        return presentChannels.clone();
    }

    public List<String> missingChannels() {
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < plus.length; c++) {
            if (!isPresent(c)) {
                missing.add(montage.labels().get(c));
            }
        }
        return missing;
    }

    /** How channel {@code c} is derived, e.g. {@code FP1-F7 = [0] - [3]}, for logs and status. */
    public String describe(int c) {
        String label = montage.labels().get(c);
        if (!isPresent(c)) {
            return label + " = missing";
        }
        String p = plus[c] >= 0 ? "'" + inputLabels.get(plus[c]) + "'" : "";
        String m = minus[c] >= 0 ? " - '" + inputLabels.get(minus[c]) + "'" : "";
        return label + " = " + (p.isEmpty() ? m.strip() : p + m);
    }

    /**
     * Derives montage channel {@code channel} for {@code count} samples from a channel-major
     * frame with {@code sampleCount} samples per channel, starting at sample {@code from}.
     * A missing channel gives zeros.
     */
    public void derive(int channel, float[] frame, int sampleCount, int from, int count, float[] out, int outOffset) {
        int p = plus[channel];
        int m = minus[channel];
        int pBase = p * sampleCount + from;
        int mBase = m * sampleCount + from;
        if (p < 0 && m < 0) {
            Arrays.fill(out, outOffset, outOffset + count, 0f);
        } else if (m < 0) {
            System.arraycopy(frame, pBase, out, outOffset, count);
        } else if (p < 0) {
            for (int i = 0; i < count; i++) {
                out[outOffset + i] = -frame[mBase + i];
            }
        } else {
            for (int i = 0; i < count; i++) {
                out[outOffset + i] = frame[pBase + i] - frame[mBase + i];
            }
        }
    }
}
