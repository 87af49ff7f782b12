package org.seizureforecast.tools.edf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The header of an EDF/EDF+ file, validated against itself and the file size.
 *
 * <p>{@code start} is the local clock time the header states. EDF carries no time zone; {@link
 * #startMicros()} treats it as UTC. Signals keep file order, duplicate labels included (CHB-MIT
 * has T8-P8 twice). Immutable.
 *
 * @param version {@code 0} for EDF/EDF+
 * @param patientId the 80-character patient field, trimmed (EDF+: code, sex, birthdate, name)
 * @param recordingId the 80-character recording field, trimmed (EDF+: starts with {@code Startdate})
 * @param start start date and time, year resolved by the EDF rule (yy 85–99 = 19yy, 00–84 =
 *     20yy) or by the EDF+ {@code Startdate} subfield when present
 * @param headerBytes 256 × (number of signals + 1)
 * @param reserved the 44-character reserved field, trimmed ({@code EDF+C} / {@code EDF+D} for EDF+)
 * @param numRecords number of data records; computed from the file size when the header says -1
 * @param recordDurationSeconds duration of one data record
 */
public record EdfHeader(
        String version,
        String patientId,
        String recordingId,
        LocalDateTime start,
        int headerBytes,
        String reserved,
        long numRecords,
        double recordDurationSeconds,
        List<EdfSignal> signals) {

    public EdfHeader {
        Objects.requireNonNull(start, "start");
        signals = List.copyOf(signals);
    }

    /** Start as epoch microseconds, reading the header's date/time as UTC. */
    public long startMicros() {
        Instant t = start.toInstant(ZoneOffset.UTC);
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000L;
    }

    public boolean isEdfPlus() {
        return reserved.startsWith("EDF+C") || reserved.startsWith("EDF+D");
    }

    /** EDF+D: records may have gaps between them; their onsets come from the time-keeping TALs. */
    public boolean isDiscontinuous() {
        return reserved.startsWith("EDF+D");
    }

    public int signalCount() {
        return signals.size();
    }

    public EdfSignal signal(int index) {
        return signals.get(index);
    }

    /** Indices of the signals that carry samples (every signal that is not EDF+ annotations). */
    public int[] dataSignalIndices() {
        return IntStream.range(0, signals.size())
                .filter(i -> !signals.get(i).isAnnotation())
                .toArray();
    }

    public int[] annotationSignalIndices() {
        return IntStream.range(0, signals.size())
                .filter(i -> signals.get(i).isAnnotation())
                .toArray();
    }

    /** The first signal with this label (trimmed, case-sensitive), or -1. */
    public int indexOf(String label) {
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Samples per second of signal {@code index}. */
    public double sampleRate(int index) {
        return signals.get(index).samplesPerRecord() / recordDurationSeconds;
    }

    /** Bytes of one data record: two per sample of every signal. */
    public long recordBytes() {
        long bytes = 0;
        for (EdfSignal s : signals) {
            bytes += 2L * s.samplesPerRecord();
        }
        return bytes;
    }

    /** Samples of signal {@code index} in the whole file. */
    public long sampleCount(int index) {
        return numRecords * signals.get(index).samplesPerRecord();
    }

    /** Recorded time in seconds (records × duration; gaps of EDF+D files not included). */
    public double durationSeconds() {
        return numRecords * recordDurationSeconds;
    }
}
