package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The study day counted by hand is the one {@code LocalDate.ofInstant} gives, in fixed offsets and in regions. */
class StudyDayTest {

    @Test
    void dayOfAgreesWithLocalDateOfInstantInEveryKindOfZone() {
        String[] zones = {"", "UTC", "Z", "+04:30", "-09:30", "+14:00", "Asia/Kabul", "America/New_York",
            "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham"};
        SplittableRandom random = new SplittableRandom(14);
        for (String zone : zones) {
            StudyDay day = StudyDay.of(zone);
            for (int i = 0; i < 20_000; i++) {
                Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000));
                assertEquals(LocalDate.ofInstant(t.minus(StudyDay.ROLLOVER), day.zone()), day.dayOf(t), zone + " " + t);
            }
        }
    }

    @Test
    void theDayRollsOverAtFourInTheLearnersZone() {
        StudyDay kabul = StudyDay.of("Asia/Kabul"); // +04:30 all year
        assertEquals(LocalDate.parse("2026-11-29"), kabul.dayOf(Instant.parse("2026-11-29T23:29:59Z")));
        assertEquals(LocalDate.parse("2026-11-30"), kabul.dayOf(Instant.parse("2026-11-29T23:30:00Z")));
        StudyDay utc = StudyDay.of(null);
        assertEquals(LocalDate.parse("2026-11-29"), utc.dayOf(Instant.parse("2026-11-30T03:59:59.999Z")));
        assertEquals(LocalDate.parse("2026-11-30"), utc.dayOf(Instant.parse("2026-11-30T04:00:00Z")));
        assertEquals(1, utc.daysBetween(Instant.parse("2026-11-30T03:00:00Z"), Instant.parse("2026-11-30T05:00:00Z")));
    }
}
