package org.tarikh.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The learner's study day: it rolls over at 04:00 in the learner's time zone, as Anki's does. */
public record StudyDay(ZoneId zone) {

    static final Duration ROLLOVER = Duration.ofHours(4);
    private static final long SECONDS_PER_DAY = 86_400;

    public static StudyDay of(String timeZone) {
        return new StudyDay(timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone));
    }

    /** The study day that {@code t} belongs to. */
    public LocalDate dayOf(Instant t) {
        // LocalDate.ofInstant's own arithmetic, without asking a fixed offset for its rules: Java 17 builds those
        // anew on each call, and a review counts two days.
        Instant shifted = t.minus(ROLLOVER);
        ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(shifted);
        return LocalDate.ofEpochDay(Math.floorDiv(shifted.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY));
    }

    /** When the study day of {@code now} began. */
    public Instant start(Instant now) {
        return dayOf(now).atStartOfDay(zone).plus(ROLLOVER).toInstant();
    }

    /** When the next study day begins. */
    public Instant nextStart(Instant now) {
        return dayOf(now).plusDays(1).atStartOfDay(zone).plus(ROLLOVER).toInstant();
    }

    /**
     * Whole study days between two instants, as FSRS counts elapsed days; never negative (a last review
     * stamped after {@code later}, as imported or generated data can be, counts as the same day).
     */
    public long daysBetween(Instant earlier, Instant later) {
        return later == null || earlier == null ? 0 : Math.max(0, dayOf(later).toEpochDay() - dayOf(earlier).toEpochDay());
    }
}
