package org.seizureforecast.tools.edf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The fixed-width ASCII fields of an EDF header: reading them (trimmed, numbers checked) and
 * writing them (left-justified, space-padded, numbers shortened to fit the width).
 */
final class AsciiFields {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private final String file;

    AsciiFields(String file) {
        this.file = file;
    }

    /** The raw field text; ISO-8859-1 so that a stray non-ASCII byte cannot fail decoding. */
    static String text(byte[] header, int offset, int width) {
        return new String(header, offset, width, StandardCharsets.ISO_8859_1);
    }

    long integer(String field, String raw) throws EdfException {
        String value = raw.trim();
        if (!INTEGER.matcher(value).matches()) {
            throw new EdfException(file, field, "\"" + value + "\" is not an integer");
        }
        try {
            return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new EdfException(file, field, "\"" + value + "\" is out of range");
        }
    }

    double decimal(String field, String raw) throws EdfException {
        String value = raw.trim();
        if (!DECIMAL.matcher(value).matches()) {
            throw new EdfException(file, field, "\"" + value + "\" is not a number");
        }
        return Double.parseDouble(value);
    }

    /** {@code value} left-justified and space-padded to {@code width}; too long is an error. */
    static String pad(String value, int width) {
        if (value.length() > width) {
            throw new IllegalArgumentException("\"" + value + "\" does not fit in " + width + " characters");
        }
        return value + " ".repeat(width - value.length());
    }

    /** {@code value} cut to {@code width} and padded; for free-text fields such as labels. */
    static String fit(String value, int width) {
        String ascii = value.replaceAll("[^\\x20-\\x7e]", "_");
        return pad(ascii.length() > width ? ascii.substring(0, width) : ascii, width);
    }

    /**
     * The value as the longest decimal text of at most {@code width} characters, rounded with
     * {@code mode} (FLOOR for a minimum, CEILING for a maximum, so the range only widens).
     */
    static String number(double value, int width, RoundingMode mode) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int scale = width; scale >= 0; scale--) {
            String text = plain(exact.setScale(scale, mode));
            if (text.length() <= width) {
                return text;
            }
        }
        throw new IllegalArgumentException(value + " does not fit in " + width + " characters");
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
