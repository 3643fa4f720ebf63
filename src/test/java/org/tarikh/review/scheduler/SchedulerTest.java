package org.tarikh.review.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour of the FSRS-6 scheduler; reference numbers come from ts-fsrs 5.4.2 run on the same inputs. */
class SchedulerTest {

    private static final Instant T0 = Instant.parse("2024-01-01T12:00:00Z");
    private static final double EPS = 1e-9;
    private static final SchedulerParams EXACT = SchedulerParams.defaults().withEnableFuzz(false);

    private final Scheduler scheduler = new Scheduler(EXACT);

    // --- learning steps (ts strategies/learning_steps.ts) ---

    @Test
    void againOnNewCardShowsItAgainInOneMinute() {
        CardState next = scheduler.review(CardState.newCard(T0), Rating.AGAIN, T0).card();
        assertEquals(State.LEARNING, next.state());
        assertEquals(T0.plus(minutes(1)), next.due());
        assertEquals(0, next.learningSteps());
        assertEquals(0, next.scheduledDays());
    }

    @Test
    void hardOnNewCardWaitsSixMinutesTheMeanOfTheFirstTwoSteps() {
        CardState next = scheduler.review(CardState.newCard(T0), Rating.HARD, T0).card();
        assertEquals(State.LEARNING, next.state());
        assertEquals(T0.plus(minutes(6)), next.due());
        assertEquals(0, next.learningSteps());
    }

    @Test
    void goodOnNewCardMovesToTheTenMinuteStep() {
        CardState next = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        assertEquals(State.LEARNING, next.state());
        assertEquals(T0.plus(minutes(10)), next.due());
        assertEquals(1, next.learningSteps());
    }

    @Test
    void easyOnNewCardGraduatesToReviewInDays() {
        CardState next = scheduler.review(CardState.newCard(T0), Rating.EASY, T0).card();
        assertEquals(State.REVIEW, next.state());
        assertEquals(8, next.scheduledDays()); // S0(Easy) = w3 = 8.2956
        assertEquals(T0.plus(Duration.ofDays(8)), next.due());
        assertEquals(0, next.learningSteps());
        assertEquals(8.2956, next.stability(), EPS);
    }

    @Test
    void goodOnTheLastLearningStepGraduates() {
        CardState atTenMinutes = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        Instant later = T0.plus(minutes(10));
        CardState next = scheduler.review(atTenMinutes, Rating.GOOD, later).card();
        assertEquals(State.REVIEW, next.state());
        assertEquals(0, next.learningSteps());
        assertTrue(next.scheduledDays() >= 1);
        assertEquals(later.plus(Duration.ofDays(next.scheduledDays())), next.due());
    }

    @Test
    void hardAtALaterStepStillUsesTheFirstTwoStepsAndKeepsTheStep() {
        CardState atTenMinutes = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        Instant later = T0.plus(minutes(10));
        CardState next = scheduler.review(atTenMinutes, Rating.HARD, later).card();
        assertEquals(State.LEARNING, next.state());
        assertEquals(later.plus(minutes(6)), next.due());
        assertEquals(1, next.learningSteps());
    }

    @Test
    void hardWithOneRelearningStepWaitsOneAndAHalfSteps() {
        CardState relearning = scheduler.review(reviewCard(10, 5, T0, 10), Rating.AGAIN, T0.plus(days(10))).card();
        Instant later = T0.plus(days(10)).plus(minutes(10));
        CardState next = scheduler.review(relearning, Rating.HARD, later).card();
        assertEquals(State.RELEARNING, next.state());
        assertEquals(later.plus(minutes(15)), next.due());
    }

    @Test
    void aStepOfADayOrMoreSendsTheCardToReview() {
        Scheduler dayStep = new Scheduler(EXACT.withSteps(List.of(minutes(10), days(1)), List.of(minutes(10))));
        CardState next = dayStep.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        assertEquals(State.REVIEW, next.state());
        assertEquals(1, next.scheduledDays());
        assertEquals(1, next.learningSteps()); // ts keeps the step index here
        assertEquals(T0.plus(days(1)), next.due());
    }

    @Test
    void withoutLearningStepsEveryAnswerGraduates() {
        Scheduler noSteps = new Scheduler(EXACT.withSteps(List.of(), List.of()));
        for (Rating r : Rating.values()) {
            CardState next = noSteps.review(CardState.newCard(T0), r, T0).card();
            assertEquals(State.REVIEW, next.state(), r.name());
            assertTrue(next.scheduledDays() >= 1, r.name());
        }
    }

    // --- lapses ---

    @Test
    void againOnReviewCardCountsALapseAndRelearnsInTenMinutes() {
        Instant now = T0.plus(days(10));
        ReviewOutcome out = scheduler.review(reviewCard(10, 5, T0, 10), Rating.AGAIN, now);
        assertEquals(State.RELEARNING, out.card().state());
        assertEquals(1, out.card().lapses());
        assertEquals(now.plus(minutes(10)), out.card().due());
        assertEquals(0, out.card().scheduledDays());
        assertTrue(out.card().stability() < 10);
        assertEquals(State.REVIEW, out.log().stateBefore());
    }

    @Test
    void againWhileLearningIsNotALapse() {
        CardState learning = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        CardState next = scheduler.review(learning, Rating.AGAIN, T0.plus(minutes(10))).card();
        assertEquals(State.LEARNING, next.state());
        assertEquals(0, next.lapses());
        assertEquals(2, next.reps());
    }

    @Test
    void againOnReviewWithoutRelearningStepsStaysInReviewWithALapse() {
        Scheduler noRelearn = new Scheduler(EXACT.withSteps(EXACT.learningSteps(), List.of()));
        CardState next = noRelearn.review(reviewCard(10, 5, T0, 10), Rating.AGAIN, T0.plus(days(10))).card();
        assertEquals(State.REVIEW, next.state());
        assertEquals(1, next.lapses());
        assertTrue(next.scheduledDays() >= 1);
    }

    // --- same-day (short-term) rule and elapsed days ---

    @Test
    void sameDayGoodKeepsAHighStabilityButStillMovesDifficulty() {
        // SInc = e^(w17 (G-3+w18)) S^-w19 < 1 for S = 10, so Good is floored at 1 (ts next_short_term_stability)
        CardState card = reviewCard(10, 5, T0, 10);
        ReviewOutcome out = scheduler.review(card, Rating.GOOD, T0.plus(Duration.ofHours(2)));
        assertEquals(0, out.log().elapsedDays());
        assertEquals(1.0, out.log().retrievability(), EPS);
        assertEquals(10, out.card().stability(), EPS);
        assertTrue(out.card().difficulty() != 5);
    }

    @Test
    void sameDayAgainLowersStabilityByTheShortTermRule() {
        double s = 10;
        double[] w = Weights.toArray(EXACT.weights());
        double expected = s * Math.pow(s, -w[19]) * Math.exp(w[17] * (1 - 3 + w[18]));
        CardState next = scheduler.review(reviewCard(s, 5, T0, 10), Rating.AGAIN, T0.plus(Duration.ofHours(1))).card();
        assertEquals(expected, next.stability(), 1e-7);
    }

    @Test
    void elapsedDaysCountUtcCalendarDaysNotHours() {
        Instant lastReview = Instant.parse("2024-03-01T23:00:00Z");
        CardState card = reviewCard(10, 5, lastReview, 1);
        assertEquals(1, Scheduler.elapsedDays(card, Instant.parse("2024-03-02T01:00:00Z")));
        assertEquals(0, Scheduler.elapsedDays(card, Instant.parse("2024-03-01T23:59:59Z")));
        assertEquals(0, Scheduler.elapsedDays(CardState.newCard(T0), T0.plus(days(3))));
    }

    @Test
    void callerCountedElapsedDaysDecideWhatIsTheSameDay() {
        Instant lastReview = Instant.parse("2024-03-01T23:00:00Z");
        Instant now = Instant.parse("2024-03-02T01:00:00Z"); // 02:00 next day in UTC, same learner day at 04:00 rollover
        CardState card = reviewCard(10, 5, lastReview, 1);
        ReviewOutcome utc = scheduler.review(card, Rating.GOOD, now);
        ReviewOutcome learnerDay = scheduler.review(card, Rating.GOOD, now, 0);
        assertEquals(1, utc.log().elapsedDays());
        assertTrue(utc.log().retrievability() < 1);
        assertEquals(0, learnerDay.log().elapsedDays());
        assertEquals(1.0, learnerDay.log().retrievability(), EPS);
        assertEquals(10, learnerDay.card().stability(), EPS);
    }

    @Test
    void reviewBeforeTheLastReviewIsRejected() {
        CardState card = reviewCard(10, 5, T0, 10);
        assertThrows(IllegalArgumentException.class, () -> scheduler.review(card, Rating.GOOD, T0.minus(days(2))));
        assertThrows(IllegalArgumentException.class, () -> scheduler.review(card, Rating.GOOD, T0, -1));
    }

    // --- maximum interval ---

    @Test
    void intervalsNeverExceedTheMaximumInterval() {
        // ts would give good = 36501 and easy = 36502 here (max + 1, max + 2); Anki and Tarikh clamp to 36500
        Instant now = T0.plus(days(30000));
        NextStates next = scheduler.preview(reviewCard(30000, 1, T0, 30000), now);
        for (Rating r : List.of(Rating.HARD, Rating.GOOD, Rating.EASY)) {
            CardState card = next.get(r).card();
            assertTrue(card.scheduledDays() <= 36500, r.name());
            assertEquals(now.plus(days(card.scheduledDays())), card.due(), r.name());
        }
        assertEquals(36500, next.good().card().scheduledDays());
        assertEquals(36500, next.easy().card().scheduledDays());
        assertEquals(36500, next.easy().log().scheduledDays());
    }

    @Test
    void aSmallerMaximumIntervalCapsEveryAnswer() {
        Scheduler capped = new Scheduler(EXACT.withMaximumInterval(30).withEnableShortTerm(false));
        NextStates next = capped.preview(reviewCard(100, 3, T0, 100), T0.plus(days(100)));
        for (Rating r : Rating.values()) {
            assertTrue(next.get(r).card().scheduledDays() <= 30, r.name());
        }
        assertEquals(30, next.easy().card().scheduledDays());
    }

    // --- fuzz (ts src/help.ts get_fuzz_range, src/alea.ts, src/strategies/seed.ts) ---

    @Test
    void fuzzGivesTheSameIntervalForTheSameInputs() {
        Scheduler fuzzed = new Scheduler(SchedulerParams.defaults());
        CardState card = reviewCard(20, 5, T0, 20);
        Instant now = T0.plus(days(20));
        assertEquals(fuzzed.preview(card, now), fuzzed.preview(card, now));
    }

    @Test
    void fuzzedIntervalStaysInTheFuzzRangeAndVaries() {
        Scheduler fuzzed = new Scheduler(SchedulerParams.defaults());
        Fuzz.Range range = Fuzz.range(8, 0, 36500); // unfuzzed Easy graduation is 8 days: 6..10
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Instant now = T0.plus(minutes(i * 37L));
            int days = fuzzed.review(CardState.newCard(now), Rating.EASY, now).card().scheduledDays();
            assertTrue(days >= range.min() && days <= range.max(), "fuzzed " + days + " outside " + range);
            seen.add(days);
        }
        assertEquals(6, range.min());
        assertEquals(10, range.max());
        assertTrue(seen.size() >= 4, "fuzz should spread over the range, saw " + seen);
    }

    @Test
    void withoutFuzzTheIntervalIsExact() {
        for (int i = 0; i < 50; i++) {
            Instant now = T0.plus(minutes(i * 37L));
            assertEquals(8, scheduler.review(CardState.newCard(now), Rating.EASY, now).card().scheduledDays());
        }
    }

    @Test
    void fuzzMatchesTsFsrsForAKnownHistory() {
        // ts-fsrs 5.4.2, fsrs({enable_fuzz: true}): Easy on a new card at T0, then Good on the due date
        Scheduler fuzzed = new Scheduler(SchedulerParams.defaults());
        CardState first = fuzzed.review(CardState.newCard(T0), Rating.EASY, T0).card();
        assertEquals(8, first.scheduledDays());
        CardState second = fuzzed.review(first, Rating.GOOD, first.due()).card();
        assertEquals(41, second.scheduledDays());
        assertEquals(38.90515015, second.stability(), 1e-8);
        assertEquals(1, second.difficulty(), EPS);
        assertEquals(Instant.parse("2024-02-19T12:00:00Z"), second.due());
    }

    @Test
    void aleaDrawsTheSameNumbersAsTsFsrs() {
        Alea a = new Alea("1704991033000_1_0");
        assertEquals(0.2732660360634327, a.next());
        assertEquals(0.6845819368027151, a.next());
        assertEquals(0.14819907839410007, a.next());
        assertEquals(0.8750656815245748, new Alea("hello").next());
    }

    @Test
    void defaultSeedPrintsDTimesSAsJavaScriptDoes() {
        CardState card = new CardState(T0, 2.29815136, 3.4641143, 2, 0, 2, 0, State.REVIEW, T0);
        assertEquals("1705073832000_3_7.961058989740447",
                FuzzSeed.TS_DEFAULT.seed(card, Instant.ofEpochMilli(1705073832000L)));
        assertEquals("1704067200000_1_0", FuzzSeed.TS_DEFAULT.seed(CardState.newCard(T0), T0.minus(Duration.ofHours(12))));
        CardState threeReps = new CardState(T0, 2.29815136, 3.4641143, 2, 0, 3, 0, State.REVIEW, T0);
        assertEquals("559", FuzzSeed.cardId(555).seed(threeReps, T0)); // card id + reps after this review
    }

    @Test
    void numbersPrintAsJavaScriptPrintsThem() {
        assertEquals("6.610547945101", JsMath.numberToString(5.11217071 * 1.2931));
        assertEquals("0.30000000000000004", JsMath.numberToString(0.1 + 0.2));
        assertEquals("100", JsMath.numberToString(100.0));
        assertEquals("1e+21", JsMath.numberToString(1e21));
        assertEquals("123456789012345680000", JsMath.numberToString(123456789012345678901.0));
        assertEquals("0.000001", JsMath.numberToString(1e-6));
        assertEquals("1e-7", JsMath.numberToString(1e-7));
        assertEquals("1.5e-7", JsMath.numberToString(1.5e-7));
        assertEquals("5e-324", JsMath.numberToString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", JsMath.numberToString(Double.MAX_VALUE));
        assertEquals("2e+23", JsMath.numberToString(2e23)); // Java 17 prints 1.9999999999999998E23
    }

    // --- parameters: migration and clamping (ts src/default.ts, src/constant.ts CLAMP_PARAMETERS) ---

    @Test
    void fsrs5WeightsGainW19AndAHalfDecay() {
        List<Double> shortTerm = EXACT.withWeights(Weights.FSRS5_DEFAULT).weights();
        assertEquals(21, shortTerm.size());
        assertEquals(Weights.FSRS5_DEFAULT, shortTerm.subList(0, 19));
        assertEquals(0.01, shortTerm.get(19), EPS); // 0 migrated, then clipped to the short-term floor
        assertEquals(0.5, shortTerm.get(20), EPS);
        List<Double> longTerm = EXACT.withEnableShortTerm(false).withWeights(Weights.FSRS5_DEFAULT).weights();
        assertEquals(0.0, longTerm.get(19), EPS);
    }

    @Test
    void fsrs45WeightsMigrateAsTsFsrs() {
        List<Double> fsrs45 = List.of(0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
                0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755);
        List<Double> expected = List.of(0.4872, 1.4003, 3.7145, 13.8206, 7.6214, 0.51510155, 1.3975, 0.031,
                1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755, 0.0, 0.0, 0.01, 0.5);
        assertEquals(expected, EXACT.withWeights(fsrs45).weights());
    }

    @Test
    void weightsOfAnotherLengthAreRejected() {
        List<Double> eighteen = new ArrayList<>(Collections.nCopies(18, 1.0));
        assertThrows(IllegalArgumentException.class, () -> EXACT.withWeights(eighteen));
    }

    @Test
    void outOfRangeWeightsAreClampedToTsBounds() {
        List<Double> wild = List.of(200.0, 0.0, 1.5, 8.0, 0.0, 5.0, 5.0, 0.9, 5.0, 1.0, 4.0, 6.0, 0.3, 1.0, 5.0,
                1.5, 0.5, 3.0, 3.0, 0.9, 0.05);
        List<Double> expected = List.of(100.0, 0.001, 1.5, 8.0, 1.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9,
                4.0, 1.0, 1.0, 2.0, 2.0, 0.8, 0.1);
        assertEquals(expected, EXACT.withWeights(wild).weights());
    }

    @Test
    void severalRelearningStepsLowerTheW17W18Ceiling() {
        SchedulerParams three = EXACT.withSteps(EXACT.learningSteps(), List.of(minutes(10), hours(1), hours(3)));
        assertEquals(0.49027301, three.weights().get(17), EPS); // ts: sqrt(-(ln w11 + ln(2^w13 - 1) + 0.3 w14)/3)
        assertEquals(0.0912, three.weights().get(18), EPS);
    }

    @Test
    void desiredRetentionMustBeStrictlyBetweenZeroAndOne() {
        for (double r : new double[] {0, 1, 1.2, -0.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> EXACT.withDesiredRetention(r), "r=" + r);
        }
        assertEquals(0.7, EXACT.withDesiredRetention(0.7).desiredRetention());
    }

    @Test
    void stepsAreParsedLikeTsAndMustBeWholeMinutes() {
        assertEquals(minutes(10), SchedulerParams.parseStep("10m"));
        assertEquals(hours(2), SchedulerParams.parseStep("2h"));
        assertEquals(days(1), SchedulerParams.parseStep("1d"));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParams.parseStep("10s"));
        assertThrows(IllegalArgumentException.class,
                () -> EXACT.withSteps(List.of(Duration.ofSeconds(30)), List.of()));
    }

    @Test
    void lowerRetentionGivesLongerIntervals() {
        Scheduler r80 = new Scheduler(EXACT.withDesiredRetention(0.8));
        assertEquals(3.3159598, r80.model().intervalModifier(), EPS); // FSRS.md section 2
        CardState card = reviewCard(20, 5, T0, 20);
        Instant now = T0.plus(days(20));
        assertTrue(r80.review(card, Rating.GOOD, now).card().scheduledDays()
                > scheduler.review(card, Rating.GOOD, now).card().scheduledDays());
    }

    // --- long-term scheduler (ts src/impl/long_term_scheduler.ts) ---

    @Test
    void longTermSchedulerGivesDayIntervalsInIncreasingOrder() {
        Scheduler longTerm = new Scheduler(EXACT.withEnableShortTerm(false));
        NextStates next = longTerm.preview(CardState.newCard(T0), T0);
        int previous = 0;
        for (Rating r : Rating.values()) {
            CardState card = next.get(r).card();
            assertEquals(State.REVIEW, card.state(), r.name());
            assertEquals(0, card.learningSteps(), r.name());
            assertEquals(0, card.lapses(), r.name());
            assertTrue(card.scheduledDays() > previous, r.name());
            previous = card.scheduledDays();
        }
    }

    @Test
    void longTermAgainCountsALapseAndStaysInReview() {
        Scheduler longTerm = new Scheduler(EXACT.withEnableShortTerm(false));
        CardState next = longTerm.review(reviewCard(10, 5, T0, 10), Rating.AGAIN, T0.plus(days(10))).card();
        assertEquals(State.REVIEW, next.state());
        assertEquals(1, next.lapses());
        assertTrue(next.scheduledDays() >= 1);
    }

    @Test
    void longTermSameDayReviewTakesRecallAsCertain() {
        // t = 0 without short-term: R = 1, so a pass leaves S unchanged (ts next_state)
        Scheduler longTerm = new Scheduler(EXACT.withEnableShortTerm(false));
        ReviewOutcome out = longTerm.review(reviewCard(3, 5, T0, 3), Rating.EASY, T0.plus(Duration.ofHours(3)));
        assertEquals(3, out.card().stability(), EPS);
        assertEquals(1.0, out.log().retrievability(), EPS);
    }

    // --- preview, log and retrievability ---

    @Test
    void previewShowsWhatEachRatingWouldDo() {
        CardState card = reviewCard(10, 5, T0, 10);
        Instant now = T0.plus(days(11));
        NextStates next = scheduler.preview(card, now);
        for (Rating r : Rating.values()) {
            assertEquals(scheduler.review(card, r, now), next.get(r));
            assertEquals(r, next.get(r).log().rating());
        }
        assertEquals(Duration.ofMinutes(10), next.delay(Rating.AGAIN, now));
    }

    @Test
    void logRecordsTheStateBeforeAndAfter() {
        CardState card = reviewCard(10, 5, T0, 10);
        Instant now = T0.plus(days(10));
        ReviewOutcome out = scheduler.review(card, Rating.GOOD, now);
        ReviewLog log = out.log();
        assertEquals(State.REVIEW, log.stateBefore());
        assertEquals(now, log.reviewedAt());
        assertEquals(10, log.elapsedDays());
        assertEquals(10, log.stabilityBefore(), EPS);
        assertEquals(5, log.difficultyBefore(), EPS);
        assertEquals(out.card().stability(), log.stabilityAfter(), EPS);
        assertEquals(out.card().difficulty(), log.difficultyAfter(), EPS);
        assertEquals(out.card().scheduledDays(), log.scheduledDays());
        assertEquals(0.9, log.retrievability(), 1e-7); // R(S, S) = 0.9
        assertNull(scheduler.review(CardState.newCard(T0), Rating.GOOD, T0).log().retrievability());
    }

    @Test
    void retrievabilityIsZeroForANewCardAndNinetyPercentAfterStabilityDays() {
        assertEquals(0, scheduler.retrievability(CardState.newCard(T0), T0.plus(days(5))));
        CardState card = reviewCard(10, 5, T0, 10);
        assertEquals(0.9, scheduler.retrievability(card, T0.plus(days(10))), 1e-7);
        assertEquals(1.0, scheduler.retrievability(card, T0.plus(Duration.ofHours(23))), EPS);
        assertTrue(scheduler.retrievability(card, T0.plus(days(30))) < 0.9);
    }

    private static CardState reviewCard(double stability, double difficulty, Instant lastReview, int days) {
        return new CardState(lastReview.plus(days(days)), stability, difficulty, days, 0, 5, 0, State.REVIEW,
                lastReview);
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    private static Duration days(long d) {
        return Duration.ofDays(d);
    }
}
