package org.tarikh.review.scheduler;

import java.time.Duration;
import java.time.Instant;

/** Short labels for rating buttons, as Anki shows them: "&lt;1m", "10m", "3h", "3d", "2.1mo", "1.5y". */
public final class IntervalLabel {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long MONTH = 30 * DAY;  // anki rslib/src/scheduler/timespan.rs MONTH = 30 days
    private static final long YEAR = 365 * DAY;  // anki timespan.rs YEAR = 365 days

    private IntervalLabel() {
    }

    /** The label for the delay from {@code now} to {@code due}. */
    public static String between(Instant now, Instant due) {
        return of(Duration.between(now, due));
    }

    /**
     * Minutes under an hour, hours under a day, days under 30 days, rounded to whole units; then months (30 days) and
     * years (365 days) with one decimal, a trailing ".0" dropped (anki timespan.rs answer_button_time).
     */
    public static String of(Duration delay) {
        double secs = Math.max(0, delay.toMillis()) / 1000.0;
        if (secs < MINUTE) {
            return "<1m";
        }
        if (secs < HOUR) {
            return Math.round(secs / MINUTE) + "m";
        }
        if (secs < DAY) {
            return Math.round(secs / HOUR) + "h";
        }
        if (secs < MONTH) {
            return Math.round(secs / DAY) + "d";
        }
        if (secs < YEAR) {
            return oneDecimal(secs / MONTH) + "mo";
        }
        return oneDecimal(secs / YEAR) + "y";
    }

    private static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
