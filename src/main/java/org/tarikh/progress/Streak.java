package org.tarikh.progress;

import java.time.LocalDate;
import java.util.Set;

/** Consecutive study days with at least one review, ending today (or yesterday, while today is still open). */
final class Streak {

    private Streak() {
    }

    static int of(Set<LocalDate> studied, LocalDate today) {
        LocalDate d = studied.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (studied.contains(d)) {
            streak++;
            d = d.minusDays(1);
        }
        return streak;
    }
}
