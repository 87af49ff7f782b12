package org.seizureforecast.core.signal;

import java.math.BigInteger;

/**
 * Input samples per output sample as an exact fraction {@code numerator / denominator} in lowest
 * terms. Rates are taken to 1 µHz (173.61 Hz becomes 17361/100 Hz), so the position of every
 * output sample in the input is exact integer arithmetic, never an accumulated float.
 */
record RateRatio(long numerator, long denominator) {
    private static final long MICROHERTZ = 1_000_000L;

    static RateRatio of(double inputRate, double outputRate) {
        BigInteger in = BigInteger.valueOf(Math.round(inputRate * MICROHERTZ));
        BigInteger out = BigInteger.valueOf(Math.round(outputRate * MICROHERTZ));
        if (in.signum() <= 0 || out.signum() <= 0) {
            throw new IllegalArgumentException("rates must be >= 1 µHz: " + inputRate + ", " + outputRate);
        }
        BigInteger gcd = in.gcd(out);
        return new RateRatio(in.divide(gcd).longValueExact(), out.divide(gcd).longValueExact());
    }

    boolean isIdentity() {
        return numerator == denominator;
    }
}
