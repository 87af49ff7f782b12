package org.seizureforecast.core.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's fixed channel order: bipolar derivations "anode minus cathode" between 10-20
 * electrodes. Immutable.
 */
public final class Montage {
    /** One bipolar channel, {@code anode - cathode}, with canonical (modern 10-20) names. */
    public record Derivation(String anode, String cathode) {
        public String label() {
            return anode + "-" + cathode;
        }
    }

    /**
     * The 18 bipolar "double banana" channels that every CHB-MIT recording shares, in the order
     * the models expect.
     */
    public static final Montage DOUBLE_BANANA = of(
            "FP1-F7", "F7-T7", "T7-P7", "P7-O1", "FP1-F3", "F3-C3", "C3-P3", "P3-O1", "FP2-F4", "F4-C4", "C4-P4",
            "P4-O2", "FP2-F8", "F8-T8", "T8-P8", "P8-O2", "FZ-CZ", "CZ-PZ");

    private final List<Derivation> derivations;
    private final List<String> labels;

    private Montage(List<Derivation> derivations) {
        this.derivations = List.copyOf(derivations);
        this.labels = derivations.stream().map(Derivation::label).toList();
    }

    /** A montage from {@code "A-B"} labels in canonical upper-case electrode names. */
    public static Montage of(String... labels) {
        List<Derivation> derivations = new ArrayList<>(labels.length);
        for (String label : labels) {
            String[] ends = label.split("-");
            if (ends.length != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
                throw new IllegalArgumentException("not a bipolar label 'A-B': " + label);
            }
            derivations.add(new Derivation(ends[0], ends[1]));
        }
        return new Montage(derivations);
    }

    public List<Derivation> derivations() {
        return derivations;
    }

    /** Channel labels in model order, e.g. {@code FP1-F7}. */
    public List<String> labels() {
        return labels;
    }

    public int size() {
        return derivations.size();
    }
}
