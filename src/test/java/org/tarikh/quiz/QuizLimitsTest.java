package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuizLimitsTest {

    @Test
    void theRulesAreWordedFromTheLimits() {
        assertEquals("A quiz has 5 to 50 questions.", QuizLimits.COUNT_RULE);
        assertEquals("The time limit is between 1 minute and 4 hours.", QuizLimits.TIME_LIMIT_RULE);
        assertEquals(1, QuizLimits.MIN_TIME_LIMIT_MINUTES);
        assertEquals(240, QuizLimits.MAX_TIME_LIMIT_MINUTES);
    }

    @Test
    void aDurationIsWholeHoursWhenItCanBeAndMinutesOtherwise() {
        assertEquals("1 minute", QuizLimits.duration(60));
        assertEquals("90 minutes", QuizLimits.duration(90 * 60));
        assertEquals("1 hour", QuizLimits.duration(3600));
        assertEquals("4 hours", QuizLimits.duration(4 * 3600));
    }
}
