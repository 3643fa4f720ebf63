package org.tarikh.text;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant written exactly as {@link Instant#toString()} writes it ({@code 2026-11-30T12:05:09.250Z}: the
 * fraction in groups of three digits, none when it is zero), without {@code DateTimeFormatter}, whose parsing
 * context and buffers every review paid for twice in its undo snapshot and once in its answer. Years outside
 * 0000–9999, which the formatter writes with a sign, are left to it.
 */
public final class IsoInstant {

    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long END_SECOND = 253_402_300_800L;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private IsoInstant() {
    }

    public static String format(Instant t) {
        return append(new StringBuilder(30), t).toString();
    }

    /** Appends {@code t} as {@link Instant#toString()} would write it; returns {@code out}. */
    public static StringBuilder append(StringBuilder out, Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < MIN_SECOND || seconds >= END_SECOND) {
            return out.append(t);
        }
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        digits(out, date.getYear(), 4).append('-');
        digits(out, date.getMonthValue(), 2).append('-');
        digits(out, date.getDayOfMonth(), 2).append('T');
        digits(out, secondOfDay / 3600, 2).append(':');
        digits(out, secondOfDay / 60 % 60, 2).append(':');
        digits(out, secondOfDay % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                digits(out, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(out, nano / 1_000, 6);
            } else {
                digits(out, nano, 9);
            }
        }
        return out.append('Z');
    }

    /** {@code value} (not negative) in at least {@code width} digits, zeros first. */
    private static StringBuilder digits(StringBuilder out, int value, int width) {
        for (int bound = POWERS_OF_TEN[width - 1]; bound > 1 && value < bound; bound /= 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
