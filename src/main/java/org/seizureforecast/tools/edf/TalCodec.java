package org.seizureforecast.tools.edf;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * EDF+ TALs: {@code +onset[\x15duration]\x14text\x14...\x14\x00}. In every data record the first
 * TAL of the first annotation signal is the record's time-keeping TAL, whose first text is empty
 * and whose onset is the record start. Unused bytes after the last TAL are zero.
 */
final class TalCodec {
    static final byte DURATION_MARK = 0x15;
    static final byte TEXT_END = 0x14;
    private static final Pattern ONSET = Pattern.compile("[+-]\\d+(\\.\\d*)?");
    private static final Pattern DURATION = Pattern.compile("\\d+(\\.\\d*)?");

    /** What one record's annotation bytes held. */
    record Parsed(double recordOnset, List<EdfAnnotation> annotations) {}

    private TalCodec() {}

    /**
     * @param timeKeeping whether this is the first annotation signal, whose first TAL is the
     *     record's time-keeping TAL
     * @param where names the record for error messages
     */
    static Parsed parse(byte[] bytes, int offset, int length, boolean timeKeeping, String file, String where)
            throws EdfException {
        List<EdfAnnotation> out = new ArrayList<>();
        double recordOnset = Double.NaN;
        int p = offset;
        int end = offset + length;
        while (p < end && bytes[p] != 0) {
            int onsetEnd = scan(bytes, p, end, file, where);
            String onsetText = ascii(bytes, p, onsetEnd);
            if (!ONSET.matcher(onsetText).matches()) {
                throw new EdfException(file, where, "TAL onset \"" + onsetText + "\" is not +seconds or -seconds");
            }
            double onset = Double.parseDouble(onsetText);
            double duration = Double.NaN;
            p = onsetEnd;
            if (bytes[p] == DURATION_MARK) {
                int durationEnd = scan(bytes, p + 1, end, file, where);
                String durationText = ascii(bytes, p + 1, durationEnd);
                if (!DURATION.matcher(durationText).matches() || bytes[durationEnd] != TEXT_END) {
                    throw new EdfException(
                            file, where, "TAL duration \"" + durationText + "\" is not a number of seconds");
                }
                duration = Double.parseDouble(durationText);
                p = durationEnd;
            }
            p++; // the 0x14 after onset/duration
            List<String> texts = new ArrayList<>();
            while (true) {
                if (p >= end) {
                    throw new EdfException(
                            file, where, "TAL at onset " + onsetText + " runs past the end of the annotation signal");
                }
                if (bytes[p] == 0) {
                    p++;
                    break;
                }
                int textEnd = p;
                while (textEnd < end && bytes[textEnd] != TEXT_END) {
                    textEnd++;
                }
                if (textEnd >= end) {
                    throw new EdfException(
                            file, where, "TAL text at onset " + onsetText + " is not terminated by 0x14");
                }
                texts.add(new String(bytes, p, textEnd - p, StandardCharsets.UTF_8));
                p = textEnd + 1;
            }
            if (timeKeeping && Double.isNaN(recordOnset)) {
                if (texts.isEmpty() || !texts.get(0).isEmpty()) {
                    throw new EdfException(
                            file, where, "first TAL is not a time-keeping TAL (its first text must be empty)");
                }
                recordOnset = onset;
                texts = texts.subList(1, texts.size());
            }
            texts.removeIf(String::isEmpty);
            if (!texts.isEmpty()) {
                out.add(new EdfAnnotation(onset, duration, texts));
            }
        }
        if (timeKeeping && Double.isNaN(recordOnset)) {
            throw new EdfException(file, where, "no time-keeping TAL (EDF+ needs one at the start of every record)");
        }
        return new Parsed(recordOnset, out);
    }

    /** The time-keeping TAL {@code +onset\x14\x14\x00}. */
    static byte[] timeKeeping(double onsetSeconds) {
        return (signed(onsetSeconds) + "\u0014\u0014\u0000").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] encode(EdfAnnotation a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(signed(a.onsetSeconds()).getBytes(StandardCharsets.US_ASCII));
        if (a.hasDuration()) {
            out.write(DURATION_MARK);
            out.writeBytes(plain(a.durationSeconds()).getBytes(StandardCharsets.US_ASCII));
        }
        out.write(TEXT_END);
        for (String text : a.texts()) {
            out.writeBytes(text.replace('\u0014', ' ')
                    .replace('\u0015', ' ')
                    .replace('\u0000', ' ')
                    .getBytes(StandardCharsets.UTF_8));
            out.write(TEXT_END);
        }
        out.write(0);
        return out.toByteArray();
    }

    private static String signed(double seconds) {
        return (seconds < 0 ? "-" : "+") + plain(Math.abs(seconds));
    }

    /** Plain decimal, no exponent, at most microsecond digits. */
    private static String plain(double seconds) {
        BigDecimal d =
                BigDecimal.valueOf(seconds).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Index of the byte ending an onset/duration number (0x14 or 0x15). */
    private static int scan(byte[] bytes, int p, int end, String file, String where) throws EdfException {
        int q = p;
        while (q < end && bytes[q] != TEXT_END && bytes[q] != DURATION_MARK) {
            if (bytes[q] == 0) {
                throw new EdfException(file, where, "TAL ends (0x00) inside its onset or duration");
            }
            q++;
        }
        if (q >= end) {
            throw new EdfException(file, where, "TAL runs past the end of the annotation signal");
        }
        return q;
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
