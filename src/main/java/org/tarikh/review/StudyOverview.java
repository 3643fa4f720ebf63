package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tarikh.database.GenericPlans;
import org.tarikh.database.NamedSql;
import org.tarikh.quiz.QuizMode;

/**
 * What a learner can study now, for the study home and {@code GET /api/v1/decks}: every bank they have cards in
 * with its new / learning / due counts (the same rules as {@link ReviewQueue}, banks held by an open exam left out),
 * how many new cards the shared daily limit still allows and their latest unfinished quiz.
 * All of it in ONE grouped SQL statement, whatever the number of banks, in plain JDBC with PostgreSQL's generic
 * plan as for the review queue ({@link GenericPlans}).
 */
@ApplicationScoped
public class StudyOverview {

    /** One bank's cards left today. New cards are capped by what the shared daily limit still allows. */
    public record Deck(String bank, String title, long newCards, long learning, long due) {
        public long total() {
            return newCards + learning + due;
        }
    }

    /** An attempt the learner started and has not finished. */
    public record OpenQuiz(UUID attemptId, String bankTitle, boolean exam, long answered, int questions) {
    }

    /** The study home's numbers; {@code openQuiz} is null when every quiz is finished. */
    public record Overview(List<Deck> decks, long newLeftToday, int newPerDay, OpenQuiz openQuiz) {
        public long dueTotal() {
            return decks.stream().mapToLong(Deck::total).sum();
        }
    }

    private static final NamedSql SQL = NamedSql.of(ReviewQueue.HELD_AND_LIMIT + """
            , per_bank AS (
              SELECT c.bank_id,
                count(*) FILTER (WHERE %1$s) AS new_cards,
                count(*) FILTER (WHERE %2$s AND c.due <= :nextStart) AS learning,
                count(*) FILTER (WHERE %3$s AND c.due <= :nextStart) AS due
              FROM card c WHERE c.user_id = :user AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held)
              GROUP BY c.bank_id),
            open_quiz AS (
              SELECT a.id, a.bank_id, a.mode, a.max_score,
                (SELECT count(*) FROM attempt_item i WHERE i.attempt_id = a.id AND i.answered_at IS NOT NULL) AS answered
              FROM attempt a WHERE a.user_id = :user AND a.finished_at IS NULL
                AND (a.expires_at IS NULL OR a.expires_at > :now)
              ORDER BY a.started_at DESC LIMIT 1)
            SELECT b.slug AS bank, b.title AS bank_title, LEAST(p.new_cards, (SELECT n FROM new_left)) AS new_cards,
              p.learning, p.due, (SELECT n FROM new_left) AS new_left_today,
              oq.id AS quiz_id, ob.title AS quiz_bank_title, oq.mode AS quiz_mode, oq.answered AS quiz_answered,
              oq.max_score AS quiz_questions
            FROM (SELECT 1) AS one
            LEFT JOIN (per_bank p JOIN bank b ON b.id = p.bank_id) ON true
            LEFT JOIN (open_quiz oq JOIN bank ob ON ob.id = oq.bank_id) ON true
            ORDER BY b.title, b.slug""".formatted(ReviewQueue.NEW, ReviewQueue.LEARNING, ReviewQueue.DUE));

    private final GenericPlans db;
    private final Clock clock;

    StudyOverview(GenericPlans db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One statement in autocommit: it reads one snapshot, no transaction is needed around it. */
    public Overview of(Learner learner) {
        Instant now = clock.instant();
        try (Connection c = db.connection();
             PreparedStatement s = SQL.prepare(c, ReviewQueue.studyDayValues(learner, now));
             ResultSet row = s.executeQuery()) {
            List<Deck> decks = new ArrayList<>();
            OpenQuiz open = null;
            long newLeft = 0;
            boolean first = true;
            while (row.next()) {
                if (first) { // the open quiz and the daily limit are the same on every row
                    open = openQuiz(row);
                    newLeft = row.getLong("new_left_today");
                    first = false;
                }
                String bank = row.getString("bank");
                if (bank != null) {
                    decks.add(new Deck(bank, row.getString("bank_title"), row.getLong("new_cards"),
                            row.getLong("learning"), row.getLong("due")));
                }
            }
            return new Overview(decks, newLeft, learner.newCardsPerDay(), open);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the study overview", e);
        }
    }

    private static OpenQuiz openQuiz(ResultSet row) throws SQLException {
        UUID id = row.getObject("quiz_id", UUID.class);
        return id == null ? null : new OpenQuiz(id, row.getString("quiz_bank_title"),
                QuizMode.EXAM.code().equals(row.getString("quiz_mode")), row.getLong("quiz_answered"),
                row.getInt("quiz_questions"));
    }
}
