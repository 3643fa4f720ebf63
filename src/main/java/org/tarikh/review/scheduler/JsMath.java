package org.tarikh.review.scheduler;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The few JavaScript number operations ts-fsrs relies on, reproduced for doubles. */
final class JsMath {

    private JsMath() {
    }

    /** JS {@code Math.round}: nearest integer, halves toward +infinity (Java's Math.round has the same rule). */
    static long round(double x) {
        return Math.round(x);
    }

    /** ts-fsrs src/help.ts roundTo(x, 8): {@code Math.round(x * 1e8) / 1e8}. */
    static double roundTo8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    /** {@code +x.toFixed(8)}: the exact decimal value of x rounded half away from zero at 8 places, parsed back. */
    static double toFixed8(double x) {
        return Double.parseDouble(new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * JS {@code Number.prototype.toString()} (ECMA-262 Number::toString, radix 10): the fewest significant digits
     * that read back to the same double, the one closest to it (ties to even), then JS's plain/exponent layout.
     * Java 17's Double.toString is not always shortest (JDK-4511638, fixed in 19), so the digits are searched here;
     * this relies only on Double.parseDouble being correctly rounded, and matches V8 for every finite double.
     */
    static String numberToString(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == 0) {
            return "0";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v < 0) {
            return "-" + numberToString(-v);
        }
        BigDecimal shortest = shortestDigits(v);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        return layout(digits, k, n);
    }

    private static BigDecimal shortestDigits(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int k = 1; k <= 17; k++) {
            BigDecimal down = exact.round(new MathContext(k, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(k, RoundingMode.CEILING));
            boolean downOk = Double.parseDouble(down.toString()) == v;
            boolean upOk = Double.parseDouble(up.toString()) == v;
            if (downOk && upOk && down.compareTo(up) != 0) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                if (cmp != 0) {
                    return (cmp < 0 ? down : up).stripTrailingZeros();
                }
                boolean downEven = !down.unscaledValue().testBit(0);
                return (downEven ? down : up).stripTrailingZeros();
            }
            if (downOk) {
                return down.stripTrailingZeros();
            }
            if (upOk) {
                return up.stripTrailingZeros();
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros(); // unreachable: 17 digits always round-trip
    }

    /** Number::toString steps 6-10: s has k digits and the value is 0.s x 10^n. */
    private static String layout(String s, int k, int n) {
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int e = n - 1;
        String exp = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? s + exp : s.charAt(0) + "." + s.substring(1) + exp;
    }
}
