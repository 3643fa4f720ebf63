package org.tarikh.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void countsConsecutiveDaysEndingToday() {
        assertEquals(3, Streak.of(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4)), TODAY));
    }

    @Test
    void aDayNotYetStudiedDoesNotBreakTheStreakUntilItEnds() {
        assertEquals(2, Streak.of(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY));
    }

    @Test
    void aMissedDayEndsIt() {
        assertEquals(0, Streak.of(Set.of(TODAY.minusDays(2)), TODAY));
        assertEquals(0, Streak.of(Set.of(), TODAY));
    }
}
