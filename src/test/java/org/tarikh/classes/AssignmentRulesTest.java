package org.tarikh.classes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.quiz.QuizLimits;
import org.tarikh.quiz.QuizMode;

class AssignmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant DUE = NOW.plusSeconds(7 * 86_400);
    private static final Set<String> TOPICS = Set.of("people", "dates", "offices");

    private static AssignmentRules.Requested settings(Integer count, String mode, Integer limit, Integer attempts) {
        return new AssignmentRules.Requested(count, DUE, mode, limit, attempts);
    }

    private static AssignmentRules.Settings quiz(AssignmentRules.Requested r) {
        return AssignmentRules.forNew("bank", TOPICS, "quiz", List.of(), r, NOW);
    }

    private static AssignmentRules.Settings review(AssignmentRules.Requested r) {
        return AssignmentRules.forNew("bank", TOPICS, "review", List.of(), r, NOW);
    }

    private static List<ErrorDetail> refused(Runnable rules) {
        return assertThrows(InvalidInput.class, rules::run).details();
    }

    private static List<String> fields(List<ErrorDetail> details) {
        return details.stream().map(ErrorDetail::field).toList();
    }

    @Test
    void aNewAssignmentIsAPracticeQuizOfTheQuizDefaultCountUnlessItSaysOtherwise() {
        AssignmentRules.Settings s = AssignmentRules.forNew("bank", TOPICS, null, List.of(), settings(null, null, null, null), NOW);
        assertEquals(AssignmentKind.QUIZ, s.kind());
        assertEquals(QuizLimits.DEFAULT_COUNT, s.count());
        assertEquals(QuizMode.PRACTICE, s.mode());
        assertEquals(DUE, s.dueAt());
        assertEquals(QuizMode.PRACTICE, quiz(settings(10, " ", null, null)).mode());
    }

    @Test
    void aQuizHasAsManyQuestionsAsAnyQuizMay() {
        assertEquals(QuizLimits.MIN_COUNT, quiz(settings(QuizLimits.MIN_COUNT, null, null, null)).count());
        assertEquals(QuizLimits.MAX_COUNT, quiz(settings(QuizLimits.MAX_COUNT, null, null, null)).count());
        for (int count : new int[] {QuizLimits.MIN_COUNT - 1, QuizLimits.MAX_COUNT + 1}) {
            List<ErrorDetail> details = refused(() -> quiz(settings(count, null, null, null)));
            assertEquals(List.of(ErrorDetail.field("count", "A quiz has 5 to 50 questions.")), details);
        }
    }

    @Test
    void aReviewAsksForOneToFiftyCardsOrTheWholeSelection() {
        assertNull(review(settings(null, null, null, null)).count());
        assertEquals(1, review(settings(1, null, null, null)).count());
        assertEquals(50, review(settings(50, null, null, null)).count());
        assertEquals(List.of(ErrorDetail.field("count", "count is 1 to 50 cards.")), refused(() -> review(settings(0, null, null, null))));
        assertEquals(List.of("count"), fields(refused(() -> review(settings(51, null, null, null)))));
        assertEquals(AssignmentKind.REVIEW, review(settings(2, null, null, null)).kind());
    }

    @Test
    void theDueTimeIsGivenAndInTheFuture() {
        for (Instant due : new Instant[] {null, NOW, NOW.minusSeconds(1)}) {
            List<ErrorDetail> details = refused(() -> quiz(new AssignmentRules.Requested(10, due, null, null, null)));
            assertEquals(List.of("dueAt"), fields(details));
        }
        assertEquals(NOW.plusSeconds(1), quiz(new AssignmentRules.Requested(10, NOW.plusSeconds(1), null, null, null)).dueAt());
    }

    @Test
    void theModeIsPracticeOrExamAndAnUnknownOneIsNamed() {
        assertEquals(QuizMode.EXAM, quiz(settings(10, "exam", null, null)).mode());
        List<ErrorDetail> details = refused(() -> quiz(settings(10, "test", null, null)));
        assertEquals(List.of(ErrorDetail.field("mode", "The mode is 'practice' or 'exam', not 'test'.")), details);
    }

    @Test
    void onlyAnExamHasATimeLimitAsLongAsAQuizMayLast() {
        assertEquals(List.of(ErrorDetail.field("timeLimitSeconds", "Only an exam has a time limit.")),
                refused(() -> quiz(settings(10, "practice", 600, null))));
        assertEquals(QuizLimits.MIN_TIME_LIMIT_SECONDS,
                quiz(settings(10, "exam", QuizLimits.MIN_TIME_LIMIT_SECONDS, null)).timeLimitSeconds());
        assertEquals(QuizLimits.MAX_TIME_LIMIT_SECONDS,
                quiz(settings(10, "exam", QuizLimits.MAX_TIME_LIMIT_SECONDS, null)).timeLimitSeconds());
        for (int limit : new int[] {QuizLimits.MIN_TIME_LIMIT_SECONDS - 1, QuizLimits.MAX_TIME_LIMIT_SECONDS + 1}) {
            assertEquals(List.of(ErrorDetail.field("timeLimitSeconds", "The time limit is between 1 minute and 4 hours.")),
                    refused(() -> quiz(settings(10, "exam", limit, null))));
        }
    }

    @Test
    void oneToTwentyAttemptsOrNoLimit() {
        assertNull(quiz(settings(10, null, null, null)).maxAttempts());
        assertEquals(1, quiz(settings(10, null, null, 1)).maxAttempts());
        assertEquals(20, quiz(settings(10, null, null, 20)).maxAttempts());
        for (int attempts : new int[] {0, 21}) {
            assertEquals(List.of(ErrorDetail.field("maxAttempts", "Allow 1 to 20 attempts, or leave it empty for no limit.")),
                    refused(() -> quiz(settings(10, null, null, attempts))));
        }
    }

    @Test
    void modeTimeLimitAndAttemptsAreForQuizzesOnly() {
        String message = "Mode, time limit and attempts are for quizzes, not flashcard review.";
        assertEquals(List.of(ErrorDetail.field("mode", message)), refused(() -> review(settings(null, "exam", null, null))));
        assertEquals(List.of(ErrorDetail.field("mode", message)), refused(() -> review(settings(null, null, null, 2))));
        assertEquals(List.of("timeLimitSeconds", "mode"), fields(refused(() -> review(settings(null, null, 600, null)))));
    }

    @Test
    void theBankIsNamedAndKnownAndTheTopicsAreItsOwn() {
        assertEquals(List.of(ErrorDetail.field("bank", "Name the bank to assign.")),
                refused(() -> AssignmentRules.forNew(null, null, "quiz", List.of(), settings(10, null, null, null), NOW)));
        assertEquals(List.of(ErrorDetail.field("bank", "There is no bank 'nope'.")),
                refused(() -> AssignmentRules.forNew("nope", null, "quiz", List.of("people"), settings(10, null, null, null), NOW)));
        assertEquals(List.of(ErrorDetail.field("topics", "The bank has no topic 'wars' (it has: dates, offices, people).")),
                refused(() -> AssignmentRules.forNew("bank", TOPICS, "quiz", List.of("people", "wars"),
                        settings(10, null, null, null), NOW)));
        assertDoesNotThrow(() -> AssignmentRules.forNew("bank", TOPICS, "quiz", List.of("people", "dates"),
                settings(10, null, null, null), NOW));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInTheFormsOrder() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> AssignmentRules.forNew("nope", null, "essay", List.of(),
                new AssignmentRules.Requested(0, null, "test", 30, 0), NOW));
        assertEquals(List.of("bank", "kind", "count", "dueAt", "mode", "timeLimitSeconds", "maxAttempts", "mode"),
                fields(e.details()));
        assertTrue(e.getMessage().startsWith("The assignment cannot be set: There is no bank 'nope'. kind is 'quiz' or"
                + " 'review', not 'essay'."), e.getMessage());
    }

    @Test
    void aChangeKeepsTheKindAndTheCountUnlessANewCountIsGiven() {
        AssignmentRules.Settings kept = AssignmentRules.forChange(AssignmentKind.QUIZ, 12, settings(null, "exam", 900, 2), NOW);
        assertEquals(AssignmentKind.QUIZ, kept.kind());
        assertEquals(12, kept.count());
        assertEquals(QuizMode.EXAM, kept.mode());
        assertEquals(900, kept.timeLimitSeconds());
        assertEquals(2, kept.maxAttempts());
        assertEquals(20, AssignmentRules.forChange(AssignmentKind.QUIZ, 12, settings(20, null, null, null), NOW).count());
    }

    @Test
    void aChangedReviewStaysInPracticeWhateverModeIsSent() {
        assertEquals(QuizMode.PRACTICE,
                AssignmentRules.forChange(AssignmentKind.REVIEW, null, settings(null, "exam", null, null), NOW).mode());
    }

    @Test
    void aChangeIsRefusedByTheRulesOfANewAssignment() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> AssignmentRules.forChange(AssignmentKind.QUIZ, 10, settings(51, "practice", 600, null), NOW));
        assertEquals(List.of("count", "timeLimitSeconds"), fields(e.details()));
        assertTrue(e.getMessage().startsWith("The assignment cannot be changed: A quiz has 5 to 50 questions."), e.getMessage());
    }
}
