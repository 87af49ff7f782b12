package org.seizureforecast.tools.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts one patient's recordings on a common clock so that each recording's window labels see the
 * seizures of its neighbours too: a seizure five minutes into the next hour-long CHB-MIT file makes
 * the end of this file preictal, and "interictal" must be hours from every seizure of the patient,
 * not only those of the same file.
 *
 * <p>Recordings are given in their listed (chronological) order with the start time from their
 * headers. CHB-MIT headers carry a surrogate date that does not always advance at midnight, so a
 * start that falls before the previous recording's start is moved forward by whole days.
 */
public final class PatientTimeline {
    private static final long DAY_MICROS = 86_400_000_000L;

    /** One recording: header start (epoch µs) and its own seizures, {start, end} in seconds from that start. */
    public record Part(long startMicros, List<double[]> seizures) {}

    private final long[] starts;
    private final List<double[]> absolute = new ArrayList<>();

    public PatientTimeline(List<Part> parts) {
        starts = new long[parts.size()];
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            long start = parts.get(i).startMicros();
            while (previous != Long.MIN_VALUE && start < previous) {
                start += DAY_MICROS;
            }
            starts[i] = start;
            previous = start;
            for (double[] s : parts.get(i).seizures()) {
                absolute.add(new double[] {start / 1e6 + s[0], start / 1e6 + s[1]});
            }
        }
    }

    /** Start of recording {@code index} on the common clock (epoch µs, after any day correction). */
    public long startMicros(int index) {
        return starts[index];
    }

    /** Every seizure of the patient, {start, end} in seconds from the start of recording {@code index}. */
    public List<double[]> seizuresRelativeTo(int index) {
        double origin = starts[index] / 1e6;
        List<double[]> out = new ArrayList<>(absolute.size());
        for (double[] s : absolute) {
            out.add(new double[] {s[0] - origin, s[1] - origin});
        }
        return out;
    }
}
