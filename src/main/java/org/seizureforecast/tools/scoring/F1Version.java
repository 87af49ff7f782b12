package org.seizureforecast.tools.scoring;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which timescoring release's F1 formula to use. They agree wherever both are defined (up to
 * the last bits) and differ where a ratio is undefined.
 */
public enum F1Version {
    /**
     * timescoring v0.0.7 (current, the default): {@code 2tp / (2tp + fp + fn)}; NaN only when
     * there are neither reference events nor false positives.
     */
    V0_0_7("v0.0.7"),
    /**
     * timescoring v0.0.6 (used for the published SzCORE results and the challenge):
     * {@code 2SP / (S + P)}; NaN when sensitivity or precision is NaN, 0 when both are 0.
     */
    V0_0_6("v0.0.6");

    private final String label;

    F1Version(String label) {
        this.label = label;
    }

    /** {@code v0.0.7} or {@code v0.0.6}. */
    public String label() {
        return label;
    }

    /** Parses {@code v0.0.7}, {@code 0.0.7}, {@code v0.0.6} or {@code 0.0.6}. */
    public static F1Version parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String wanted = t.startsWith("v") ? t : "v" + t;
        return Arrays.stream(values())
                .filter(v -> v.label.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown F1 version '" + text + "'; use v0.0.7 or v0.0.6"));
    }
}
