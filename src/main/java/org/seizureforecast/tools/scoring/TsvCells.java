package org.seizureforecast.tools.scoring;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numeric cells as pandas does with its defaults: the pandas 1.5 missing-value tokens
 * ({@code n/a}, {@code NA}, empty, {@code NaN}, ...) become {@link Double#NaN}, decimal and
 * exponent notation and {@code inf} parse, anything else is not a number.
 */
final class TsvCells {
    private static final Set<String> MISSING = Set.of(
            "",
            "#N/A",
            "#N/A N/A",
            "#NA",
            "-1.#IND",
            "-1.#QNAN",
            "-NaN",
            "-nan",
            "1.#IND",
            "1.#QNAN",
            "<NA>",
            "N/A",
            "NA",
            "NULL",
            "NaN",
            "n/a",
            "nan",
            "null");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern INFINITY = Pattern.compile("([+-]?)(?i:inf|infinity)");

    private TsvCells() {}

    /** True for a pandas missing-value token (surrounding blanks ignored). */
    static boolean isMissing(String cell) {
        return MISSING.contains(cell.strip());
    }

    /**
     * The cell as a double: NaN for a missing-value token, or null when the cell is not a
     * number at all (the caller reports it with file and line).
     */
    static Double number(String cell) {
        String s = cell.strip();
        if (MISSING.contains(s)) {
            return Double.NaN;
        }
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        var inf = INFINITY.matcher(s);
        if (inf.matches()) {
            return "-".equals(inf.group(1)) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }
}
