package org.seizureforecast.tools.edf;

import java.util.List;
import java.util.Objects;

/**
 * One EDF+ time-stamped annotation list (TAL): an onset, an optional duration and one or more
 * texts that share them. The record time-keeping TALs are not annotations; the reader turns
 * them into record onsets instead.
 *
 * @param onsetSeconds seconds from the file's start date/time (may be negative)
 * @param durationSeconds seconds, or NaN when the TAL has no duration
 * @param texts the annotation texts (UTF-8 in the file), never empty
 */
public record EdfAnnotation(double onsetSeconds, double durationSeconds, List<String> texts) {

    public EdfAnnotation {
        if (!Double.isFinite(onsetSeconds)) {
            throw new IllegalArgumentException("onset must be finite, was " + onsetSeconds);
        }
        if (!Double.isNaN(durationSeconds) && !(durationSeconds >= 0 && Double.isFinite(durationSeconds))) {
            throw new IllegalArgumentException("duration must be >= 0 or NaN, was " + durationSeconds);
        }
        texts = List.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("an annotation needs at least one text");
        }
        texts.forEach(t -> Objects.requireNonNull(t, "text"));
    }

    public EdfAnnotation(double onsetSeconds, double durationSeconds, String text) {
        this(onsetSeconds, durationSeconds, List.of(text));
    }

    public boolean hasDuration() {
        return !Double.isNaN(durationSeconds);
    }

    /** The first (usually only) text. */
    public String text() {
        return texts.get(0);
    }
}
