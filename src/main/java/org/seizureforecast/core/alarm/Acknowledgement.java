package org.seizureforecast.core.alarm;

/**
 * One entry of an alarm's audit trail: who acknowledged it, when (wall clock, epoch µs: an
 * acknowledgement is a human act, not an EEG event) and with what note.
 */
public record Acknowledgement(String by, long atMicros, String note) {
    public Acknowledgement {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("acknowledgement needs 'by' (who acknowledged)");
        }
        note = note == null ? "" : note;
    }
}
