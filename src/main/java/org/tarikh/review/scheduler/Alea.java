package org.tarikh.review.scheduler;

/**
 * Johannes Baagøe's Alea PRNG with its Mash seeding, ported from ts-fsrs 5.4.2 src/alea.ts (itself from
 * davidbau/seedrandom lib/alea.js, MIT). JS numbers are doubles and {@code >>> 0} / {@code | 0} are ToUint32 / ToInt32,
 * so the same seed string gives the same sequence as ts-fsrs.
 */
final class Alea {

    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10; // 2^-32, alea.ts

    private double c;
    private double s0;
    private double s1;
    private double s2;

    Alea(String seed) {
        Mash mash = new Mash();
        c = 1;
        s0 = mash.mash(" ");
        s1 = mash.mash(" ");
        s2 = mash.mash(" ");
        s0 -= mash.mash(seed);
        if (s0 < 0) {
            s0 += 1;
        }
        s1 -= mash.mash(seed);
        if (s1 < 0) {
            s1 += 1;
        }
        s2 -= mash.mash(seed);
        if (s2 < 0) {
            s2 += 1;
        }
    }

    /** The next number in [0, 1). */
    double next() {
        double t = 2091639 * s0 + c * TWO_POW_MINUS_32;
        s0 = s1;
        s1 = s2;
        c = toInt32(t);
        s2 = t - c;
        return s2;
    }

    private static final class Mash {
        private double n = 0xefc8249dL;

        double mash(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = toUint32(h);
                h -= n;
                h *= n;
                n = toUint32(h);
                h -= n;
                n += h * 0x100000000L; // 2^32
            }
            return toUint32(n) * TWO_POW_MINUS_32;
        }
    }

    /** ECMAScript ToUint32 for the finite values Mash produces. */
    static double toUint32(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return 0;
        }
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        double m = t % 4294967296.0;
        return m < 0 ? m + 4294967296.0 : m;
    }

    /** ECMAScript ToInt32. */
    static double toInt32(double x) {
        double u = toUint32(x);
        return u >= 2147483648.0 ? u - 4294967296.0 : u;
    }
}
