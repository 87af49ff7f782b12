package org.seizureforecast.tools.edf;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes an {@link EdfHeader} as the 256 × (ns + 1) header bytes, every field space-padded. */
final class HeaderEncoder {
    static final int RECORD_COUNT_OFFSET = 236;

    private HeaderEncoder() {}

    /** @param numRecords the value for the record-count field (-1 while a writer is still open) */
    static byte[] encode(EdfHeader h, long numRecords) {
        List<EdfSignal> signals = h.signals();
        int ns = signals.size();
        StringBuilder b = new StringBuilder(256 * (ns + 1));
        b.append(AsciiFields.pad("0", 8));
        b.append(AsciiFields.fit(h.patientId(), 80));
        b.append(AsciiFields.fit(h.recordingId(), 80));
        b.append(AsciiFields.pad(StartDates.dateField(h.start().toLocalDate()), 8));
        b.append(AsciiFields.pad(StartDates.timeField(h.start().toLocalTime()), 8));
        b.append(AsciiFields.pad(Integer.toString(256 * (ns + 1)), 8));
        b.append(AsciiFields.fit(h.reserved(), 44));
        b.append(recordCountField(numRecords));
        b.append(AsciiFields.pad(AsciiFields.number(h.recordDurationSeconds(), 8, RoundingMode.HALF_EVEN), 8));
        b.append(AsciiFields.pad(Integer.toString(ns), 4));
        signals.forEach(s -> b.append(AsciiFields.fit(s.label(), 16)));
        signals.forEach(s -> b.append(AsciiFields.fit(s.transducer(), 80)));
        signals.forEach(s -> b.append(AsciiFields.fit(s.physicalDimension(), 8)));
        signals.forEach(s -> b.append(AsciiFields.pad(exact(s.physicalMin()), 8)));
        signals.forEach(s -> b.append(AsciiFields.pad(exact(s.physicalMax()), 8)));
        signals.forEach(s -> b.append(AsciiFields.pad(Integer.toString(s.digitalMin()), 8)));
        signals.forEach(s -> b.append(AsciiFields.pad(Integer.toString(s.digitalMax()), 8)));
        signals.forEach(s -> b.append(AsciiFields.fit(s.prefiltering(), 80)));
        signals.forEach(s -> b.append(AsciiFields.pad(Integer.toString(s.samplesPerRecord()), 8)));
        signals.forEach(s -> b.append(" ".repeat(32)));
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] recordCountBytes(long numRecords) {
        return recordCountField(numRecords).getBytes(StandardCharsets.US_ASCII);
    }

    private static String recordCountField(long numRecords) {
        return AsciiFields.pad(Long.toString(numRecords), 8);
    }

    /** A physical bound as header text; it must survive the 8 characters unchanged. */
    private static String exact(double value) {
        String text = AsciiFields.number(value, 8, RoundingMode.HALF_EVEN);
        if (Double.parseDouble(text) != value) {
            throw new IllegalArgumentException("physical bound " + value + " cannot be written exactly in 8 characters"
                    + " (use EdfSignal.of, which widens it to " + text + ")");
        }
        return text;
    }
}
