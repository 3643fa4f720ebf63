package org.tarikh.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.database.NamedSql;

/**
 * Answering a quiz question, the busiest write of a quiz, without Hibernate or a lock held over the grading: one
 * read, the grading, one write ({@link AnswerSql}), which for a practice answer that missed also brings its card
 * back into review. Whatever the fast path does not cover, an exam whose time has run out and is not closed yet,
 * or an attempt that changed between the read and the write, goes to {@link QuizService#answer}, which does it
 * under the attempt's lock. The rules (refusals, grading, outcome) are QuizService's, shared.
 */
@ApplicationScoped
public class QuizAnswers {

    /**
     * Which question of an attempt a form answers or flags: its place, and its type to read the form by; it keeps
     * the read it came from for the answer.
     */
    public static final class Target {
        private final AnswerSql.Read read;
        private final String questionId;
        private final Instant readAt;

        private Target(AnswerSql.Read read, String questionId, Instant readAt) {
            this.read = read;
            this.questionId = questionId;
            this.readAt = readAt;
        }

        public int position() {
            return read.item().position;
        }

        public QuestionType type() {
            return read.item().question.type;
        }
    }

    private final DataSource db;
    private final Clock clock;
    private final QuizService quizzes;
    private final NamedSql answerRequeuing;

    QuizAnswers(DataSource db, Clock clock, QuizService quizzes, MissedQuestions missedQuestions) {
        this.db = db;
        this.clock = clock;
        this.quizzes = quizzes;
        this.answerRequeuing = AnswerSql.requeuingStatement(missedQuestions);
    }

    /**
     * The question a page's form is about, as read to answer it (no lock, no Hibernate): 404 for an attempt that is
     * not the learner's, 409 beside an open exam, 400 for a question not in the attempt. {@link #answer(long, Target,
     * Map)} answers from this read, so the form's answer reads the attempt once.
     */
    public Target target(long userId, UUID attemptId, String questionId) {
        Target target = read(userId, attemptId, questionId);
        if (target.read.item() == null) {
            throw QuizService.notInAttempt(questionId);
        }
        return target;
    }

    /** Grades or records one answer of the learner's; a refusal (409) is returned, not thrown. */
    public AnswerOutcome answer(long userId, UUID attemptId, String questionId, Map<String, Object> response) {
        return answer(userId, read(userId, attemptId, questionId), response);
    }

    /** The same for a question already read by {@link #target}. */
    public AnswerOutcome answer(long userId, Target target, Map<String, Object> response) {
        Attempt a = target.read.attempt();
        Instant now = target.readAt;
        if (a.overdue(now)) {
            return quizzes.answer(userId, a.id, target.questionId, response);
        }
        Optional<AnswerOutcome> closed = QuizService.closedTo(a);
        if (closed.isPresent()) {
            return closed.get();
        }
        AttemptItem item = target.read.item();
        if (item == null) {
            throw QuizService.notInAttempt(target.questionId);
        }
        if (item.answered() && a.practice()) {
            return QuizService.alreadyAnswered();
        }
        QuizService.grade(item, response, now);
        if (!write(userId, item, now)) {
            return quizzes.answer(userId, a.id, target.questionId, response);
        }
        return QuizService.outcome(item);
    }

    /** The attempt with the item a question id names, read now; 404 when not the learner's, 409 beside an open exam. */
    private Target read(long userId, UUID attemptId, String questionId) {
        Instant now = clock.instant();
        AnswerSql.Read read;
        try (Connection c = db.getConnection()) {
            read = AnswerSql.read(c, userId, attemptId, questionId, now).orElseThrow(QuizService::noSuchAttempt);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the attempt", e);
        }
        if (read.otherOpenExam() != null) {
            throw new ExamInProgress(read.otherOpenExam());
        }
        return new Target(read, questionId, now);
    }

    /**
     * The answer in one statement (autocommit), with the card's requeue for a miss in practice; false when it did not
     * land (nothing is then written).
     */
    private boolean write(long userId, AttemptItem item, Instant now) {
        try (Connection c = db.getConnection()) {
            return QuizService.missedInPractice(item) ? AnswerSql.writeRequeuing(c, answerRequeuing, userId, item, now)
                    : AnswerSql.write(c, item, now);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the answer", e);
        }
    }
}
