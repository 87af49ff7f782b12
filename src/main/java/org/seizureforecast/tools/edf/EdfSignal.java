package org.seizureforecast.tools.edf;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * One signal of an EDF file as its header describes it, and the linear map between its 16-bit
 * digital samples and physical values:
 * {@code physical = (digital - digitalMin) * (physicalMax - physicalMin) / (digitalMax - digitalMin) + physicalMin}.
 *
 * <p>Invariants: {@code digitalMin < digitalMax}, both within 16 bits; {@code physicalMin !=
 * physicalMax} (EDF allows physicalMin > physicalMax, an inverted polarity); at least one sample
 * per data record. Text fields are stored trimmed. Immutable.
 *
 * @param label e.g. {@code FP1-F7}; {@value #ANNOTATIONS_LABEL} marks an EDF+ annotation signal
 * @param samplesPerRecord samples of this signal in one data record (its rate times the record duration)
 */
public record EdfSignal(
        String label,
        String transducer,
        String physicalDimension,
        double physicalMin,
        double physicalMax,
        int digitalMin,
        int digitalMax,
        String prefiltering,
        int samplesPerRecord) {

    public static final String ANNOTATIONS_LABEL = "EDF Annotations";
    /** Width of the physical min/max header fields, which limits their precision. */
    static final int NUMBER_WIDTH = 8;

    public EdfSignal {
        Objects.requireNonNull(label, "label");
        transducer = Objects.requireNonNullElse(transducer, "");
        physicalDimension = Objects.requireNonNullElse(physicalDimension, "");
        prefiltering = Objects.requireNonNullElse(prefiltering, "");
        if (digitalMin >= digitalMax || digitalMin < Short.MIN_VALUE || digitalMax > Short.MAX_VALUE) {
            throw new IllegalArgumentException(label + ": digital range must satisfy -32768 <= min < max <= 32767, was "
                    + digitalMin + ".." + digitalMax);
        }
        if (!(Double.isFinite(physicalMin) && Double.isFinite(physicalMax)) || physicalMin == physicalMax) {
            throw new IllegalArgumentException(label + ": physical range must be two different finite numbers, was "
                    + physicalMin + ".." + physicalMax);
        }
        if (samplesPerRecord <= 0) {
            throw new IllegalArgumentException(label + ": samples per record must be > 0, was " + samplesPerRecord);
        }
    }

    /**
     * A data signal using the full 16-bit range for {@code physicalMin..physicalMax}. The bounds
     * are widened to the nearest values the 8-character header fields can hold, so what is
     * written is exactly what the quantisation uses.
     */
    public static EdfSignal of(
            String label, String unit, double physicalMin, double physicalMax, int samplesPerRecord) {
        if (!(physicalMin < physicalMax)) {
            throw new IllegalArgumentException(
                    label + ": need physicalMin < physicalMax, was " + physicalMin + ".." + physicalMax);
        }
        double min = Double.parseDouble(AsciiFields.number(physicalMin, NUMBER_WIDTH, RoundingMode.FLOOR));
        double max = Double.parseDouble(AsciiFields.number(physicalMax, NUMBER_WIDTH, RoundingMode.CEILING));
        return new EdfSignal(label, "", unit, min, max, Short.MIN_VALUE, Short.MAX_VALUE, "", samplesPerRecord);
    }

    /** A data signal whose physical range just covers {@code data} (min..max of the finite values). */
    public static EdfSignal fitting(String label, String unit, int samplesPerRecord, float[] data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : data) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = -1;
            max = 1;
        } else if (min == max) {
            min -= 1;
            max += 1;
        }
        return of(label, unit, min, max, samplesPerRecord);
    }

    /** The EDF+ annotation signal, {@code bytesPerRecord} (even) bytes of TALs in each record. */
    public static EdfSignal annotations(int bytesPerRecord) {
        if (bytesPerRecord < 2 || bytesPerRecord % 2 != 0) {
            throw new IllegalArgumentException(
                    "annotation bytes per record must be even and >= 2, was " + bytesPerRecord);
        }
        return new EdfSignal(
                ANNOTATIONS_LABEL, "", "", -1, 1, Short.MIN_VALUE, Short.MAX_VALUE, "", bytesPerRecord / 2);
    }

    public boolean isAnnotation() {
        return ANNOTATIONS_LABEL.equals(label);
    }

    /** Physical units per digital step (negative for an inverted polarity). */
    public double gain() {
        return (physicalMax - physicalMin) / ((double) digitalMax - digitalMin);
    }

    /** The size of one quantisation step in physical units. */
    public double quantum() {
        return Math.abs(gain());
    }

    public double toPhysical(int digital) {
        return (digital - digitalMin) * gain() + physicalMin;
    }

    /** The nearest digital value, clamped to the digital range; NaN is not accepted. */
    public int toDigital(double physical) {
        if (Double.isNaN(physical)) {
            throw new IllegalArgumentException(label + ": NaN sample");
        }
        double digital = Math.rint((physical - physicalMin) / gain() + digitalMin);
        return (int) Math.max(digitalMin, Math.min(digitalMax, digital));
    }
}
