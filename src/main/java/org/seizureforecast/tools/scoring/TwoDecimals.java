package org.seizureforecast.tools.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code "{:.2f}".format(x)}: the exact binary value rounded half-to-even to two
 * decimals, a minus sign kept on negative values that round to zero. {@code String.format}
 * differs on ties such as 0.125 (Python writes 0.12), hence this class.
 */
final class TwoDecimals {

    private TwoDecimals() {}

    static String format(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String digits =
                new BigDecimal(Math.abs(x)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        return negative ? "-" + digits : digits;
    }
}
