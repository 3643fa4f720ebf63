package org.tarikh.review.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rating-button labels in Anki's style (anki rslib/src/scheduler/timespan.rs answer_button_time). */
class IntervalLabelTest {

    @Test
    void underAMinuteIsLessThanOneMinute() {
        assertEquals("<1m", IntervalLabel.of(Duration.ZERO));
        assertEquals("<1m", IntervalLabel.of(Duration.ofSeconds(59)));
    }

    @Test
    void minutesUnderAnHour() {
        assertEquals("1m", IntervalLabel.of(Duration.ofMinutes(1)));
        assertEquals("6m", IntervalLabel.of(Duration.ofMinutes(6)));
        assertEquals("10m", IntervalLabel.of(Duration.ofMinutes(10)));
        assertEquals("59m", IntervalLabel.of(Duration.ofMinutes(59)));
    }

    @Test
    void hoursUnderADay() {
        assertEquals("1h", IntervalLabel.of(Duration.ofHours(1)));
        assertEquals("3h", IntervalLabel.of(Duration.ofHours(3)));
        assertEquals("3h", IntervalLabel.of(Duration.ofMinutes(3 * 60 + 20)));
        assertEquals("23h", IntervalLabel.of(Duration.ofHours(23)));
    }

    @Test
    void daysUnderAMonthOfThirtyDays() {
        assertEquals("1d", IntervalLabel.of(Duration.ofDays(1)));
        assertEquals("3d", IntervalLabel.of(Duration.ofDays(3)));
        assertEquals("29d", IntervalLabel.of(Duration.ofDays(29)));
    }

    @Test
    void monthsWithOneDecimalUnderAYear() {
        assertEquals("1mo", IntervalLabel.of(Duration.ofDays(30)));
        assertEquals("2.1mo", IntervalLabel.of(Duration.ofDays(63)));
        assertEquals("12.1mo", IntervalLabel.of(Duration.ofDays(364)));
    }

    @Test
    void yearsWithOneDecimal() {
        assertEquals("1y", IntervalLabel.of(Duration.ofDays(365)));
        assertEquals("1.5y", IntervalLabel.of(Duration.ofDays(548)));
        assertEquals("100y", IntervalLabel.of(Duration.ofDays(36500)));
    }

    @Test
    void labelsTheDelayBetweenTwoInstants() {
        Instant now = Instant.parse("2024-01-01T12:00:00Z");
        assertEquals("10m", IntervalLabel.between(now, now.plus(Duration.ofMinutes(10))));
        assertEquals("<1m", IntervalLabel.between(now, now.minusSeconds(5)));
    }
}
