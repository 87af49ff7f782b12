package org.seizureforecast.tools.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random annotation files for property tests. Times are multiples of 0.5 s, which are
 * exact in binary, so shifted or rewritten files quantise identically.
 */
final class RandomRecordings {
    private final Random random;

    RandomRecordings(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A recording length in whole seconds, 20 min to 3 h. */
    int duration() {
        return 1200 + random.nextInt(9600);
    }

    /** Up to {@code maxCount} events with onsets in {@code [from, to)} and lengths up to {@code maxLength}. */
    List<Detection> events(int maxCount, double from, double to, double maxLength) {
        List<Detection> out = new ArrayList<>();
        int count = random.nextInt(maxCount + 1);
        for (int i = 0; i < count; i++) {
            double onset = from + random.nextInt((int) ((to - from) * 2)) / 2.0;
            double length = 0.5 + random.nextInt((int) (maxLength * 2)) / 2.0;
            out.add(Detection.seizure(onset, Math.min(length, to - onset), Double.NaN));
        }
        return out;
    }

    /** The events written by the official-format writer and read back. */
    static AnnotationFile file(String name, List<Detection> events, double duration) {
        return AnnotationReader.parse(name, AnnotationWriter.format(events, duration, null));
    }

    /** Every event moved by {@code seconds}. */
    static List<Detection> shifted(List<Detection> events, double seconds) {
        return events.stream()
                .map(d -> Detection.seizure(d.onsetSeconds() + seconds, d.durationSeconds(), Double.NaN))
                .toList();
    }
}
