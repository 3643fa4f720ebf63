package org.tarikh.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The quiz page of one question, read in one statement without Hibernate ({@link PlaySql}): the page a learner
 * loads after every answer. An exam whose time has run out is closed first (QuizService, under the attempt's lock),
 * and then, like any finished attempt, has no question page but its results.
 */
@ApplicationScoped
public class QuizPlay {

    private final DataSource db;
    private final Clock clock;
    private final QuizService quizzes;

    QuizPlay(DataSource db, Clock clock, QuizService quizzes) {
        this.db = db;
        this.clock = clock;
        this.quizzes = quizzes;
    }

    /** The page for question {@code number} (default: the first unanswered); empty once the attempt is finished. */
    public Optional<PlayView> play(long userId, UUID attemptId, Integer number, String error) {
        Instant now = clock.instant();
        PlaySql.Read read = read(userId, attemptId, number, now).orElseThrow(QuizService::noSuchAttempt);
        Attempt a = read.attempt();
        if (read.otherOpenExam() != null) {
            throw new ExamInProgress(read.otherOpenExam());
        }
        if (a.overdue(now)) {
            quizzes.closeIfOverdue(attemptId);
            return Optional.empty();
        }
        if (a.finished() || read.shown() == null) {
            return Optional.empty();
        }
        return Optional.of(PlayView.of(a, read.items(), read.shown(), error));
    }

    private Optional<PlaySql.Read> read(long userId, UUID attemptId, Integer number, Instant now) {
        try (Connection c = db.getConnection()) {
            return PlaySql.read(c, userId, attemptId, number, now);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the attempt", e);
        }
    }
}
