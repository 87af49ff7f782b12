package org.seizureforecast.tools.edf;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns header bytes into an {@link EdfHeader}, checking every field and the header against the
 * file size. Rejects, naming the field: non-numeric numbers, a header byte count other than
 * 256 × (ns + 1), a record count the file size contradicts, digital min ≥ max, equal physical
 * bounds, non-positive samples per record.
 */
final class HeaderParser {
    static final int FIXED_BYTES = 256;
    static final int BYTES_PER_SIGNAL = 256;
    private static final int MAX_SIGNALS = 4096;

    private final String file;
    private final AsciiFields fields;

    HeaderParser(String file) {
        this.file = file;
        this.fields = new AsciiFields(file);
    }

    /** The signal count from the fixed part, so the caller knows how much more to read. */
    int signalCount(byte[] fixed) throws EdfException {
        long ns = fields.integer("number of signals", AsciiFields.text(fixed, 252, 4));
        if (ns < 1 || ns > MAX_SIGNALS) {
            throw new EdfException(file, "number of signals", ns + " is outside 1.." + MAX_SIGNALS);
        }
        return (int) ns;
    }

    /** @param header the complete header, 256 × (ns + 1) bytes */
    EdfHeader parse(byte[] header, long fileSize) throws EdfException {
        String version = AsciiFields.text(header, 0, 8).trim();
        if (!version.equals("0")) {
            throw new EdfException(
                    file, "version", "\"" + version + "\" is not 0 (not an EDF file; BDF is not supported)");
        }
        int ns = signalCount(header);
        long headerBytes = fields.integer("number of bytes in header", AsciiFields.text(header, 184, 8));
        long expected = (long) FIXED_BYTES + (long) BYTES_PER_SIGNAL * ns;
        if (headerBytes != expected) {
            throw new EdfException(
                    file,
                    "number of bytes in header",
                    headerBytes + " but " + ns + " signals need 256 * (" + ns + " + 1) = " + expected);
        }
        String patient = AsciiFields.text(header, 8, 80).trim();
        String recording = AsciiFields.text(header, 88, 80).trim();
        String reserved = AsciiFields.text(header, 192, 44).trim();
        boolean edfPlus = reserved.startsWith("EDF+C") || reserved.startsWith("EDF+D");
        LocalDateTime start = StartDates.parse(
                file, AsciiFields.text(header, 168, 8), AsciiFields.text(header, 176, 8), recording, edfPlus);
        double duration = fields.decimal("duration of a data record", AsciiFields.text(header, 244, 8));
        List<EdfSignal> signals = signals(header, ns);
        if (duration < 0 || (duration == 0 && signals.stream().anyMatch(s -> !s.isAnnotation()))) {
            throw new EdfException(file, "duration of a data record", duration + " s; must be > 0");
        }
        long declared = fields.integer("number of data records", AsciiFields.text(header, 236, 8));
        long records = records(declared, headerBytes, fileSize, signals);
        return new EdfHeader(
                version, patient, recording, start, (int) headerBytes, reserved, records, duration, signals);
    }

    private long records(long declared, long headerBytes, long fileSize, List<EdfSignal> signals) throws EdfException {
        long recordBytes = 0;
        for (EdfSignal s : signals) {
            recordBytes += 2L * s.samplesPerRecord();
        }
        long dataBytes = fileSize - headerBytes;
        long complete = dataBytes / recordBytes;
        String field = "number of data records";
        if (declared == -1) {
            // Unknown count (a writer that never closed the file): what the file holds; a partial
            // last record is dropped.
            return complete;
        }
        if (declared < 0) {
            throw new EdfException(file, field, declared + " is negative (only -1, unknown, is allowed)");
        }
        long needed = headerBytes + declared * recordBytes;
        if (fileSize < needed) {
            throw new EdfException(
                    file,
                    field,
                    "header says " + declared + " records of " + recordBytes
                            + " bytes (" + needed + " bytes in all) but the file has " + fileSize
                            + " bytes: truncated after " + complete + " complete records");
        }
        if (fileSize > needed) {
            throw new EdfException(
                    file,
                    field,
                    "header says " + declared + " records of " + recordBytes
                            + " bytes (" + needed + " bytes in all) but the file has " + fileSize
                            + " bytes (" + (fileSize - needed) + " unexplained bytes after the last record)");
        }
        return declared;
    }

    private List<EdfSignal> signals(byte[] h, int ns) throws EdfException {
        List<EdfSignal> signals = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) {
            String label = AsciiFields.text(h, 256 + 16 * i, 16).trim();
            String name = "signal " + (i + 1) + " (" + label + ") ";
            int base = 256 + ns * 16;
            String transducer = AsciiFields.text(h, base + 80 * i, 80).trim();
            base += ns * 80;
            String unit = AsciiFields.text(h, base + 8 * i, 8).trim();
            base += ns * 8;
            double pmin = fields.decimal(name + "physical minimum", AsciiFields.text(h, base + 8 * i, 8));
            base += ns * 8;
            double pmax = fields.decimal(name + "physical maximum", AsciiFields.text(h, base + 8 * i, 8));
            base += ns * 8;
            long dmin = fields.integer(name + "digital minimum", AsciiFields.text(h, base + 8 * i, 8));
            base += ns * 8;
            long dmax = fields.integer(name + "digital maximum", AsciiFields.text(h, base + 8 * i, 8));
            base += ns * 8;
            String prefilter = AsciiFields.text(h, base + 80 * i, 80).trim();
            base += ns * 80;
            long spr = fields.integer(
                    name + "number of samples in each data record", AsciiFields.text(h, base + 8 * i, 8));
            checkRanges(name, pmin, pmax, dmin, dmax, spr);
            signals.add(
                    new EdfSignal(label, transducer, unit, pmin, pmax, (int) dmin, (int) dmax, prefilter, (int) spr));
        }
        return signals;
    }

    private void checkRanges(String name, double pmin, double pmax, long dmin, long dmax, long spr)
            throws EdfException {
        if (dmin < Short.MIN_VALUE || dmax > Short.MAX_VALUE) {
            throw new EdfException(
                    file, name + "digital range", dmin + ".." + dmax + " exceeds 16 bits (-32768..32767)");
        }
        if (dmin >= dmax) {
            throw new EdfException(
                    file, name + "digital range", "digital minimum " + dmin + " is not below digital maximum " + dmax);
        }
        if (pmin == pmax) {
            throw new EdfException(
                    file, name + "physical range", "physical minimum equals physical maximum (" + pmin + ")");
        }
        if (spr < 1 || spr > 1 << 24) {
            throw new EdfException(
                    file, name + "number of samples in each data record", spr + " is not in 1..16777216");
        }
    }
}
