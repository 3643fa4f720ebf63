package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.database.NamedSql;
import org.tarikh.database.SqlValues;
import org.tarikh.failure.InvalidInput;
import org.tarikh.quiz.MissedQuestions;

/** Puts a bank's questions into a learner's study, and brings quiz misses back into the queue. */
@ApplicationScoped
public class DeckService implements MissedQuestions {

    // %s: a WHERE clause of the caller's (requeueWhere), or none.
    private static final String REQUEUE = """
            INSERT INTO card (user_id, bank_id, question_key, state, due, added_at, requeued)
            SELECT :missedUser, :missedBank, :missedQuestionKey, 'new', :now, :now, TRUE %s
            ON CONFLICT (user_id, bank_id, question_key) DO UPDATE
            SET due = LEAST(card.due, excluded.due), requeued = (card.state = 'new')""";
    private static final NamedSql REQUEUE_NOW = NamedSql.of(REQUEUE.formatted(""));

    private final EntityManager em;
    private final Clock clock;

    DeckService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Adds a card (state new) for every live question of the bank, or of its chosen topics; returns how many. */
    @Transactional
    public int add(String username, String bankSlug, List<String> topics) {
        if (bankSlug == null || bankSlug.isBlank()) {
            throw InvalidInput.of("bank", "Name the bank to study.");
        }
        Bank bank = Bank.require(bankSlug);
        User user = User.findByUsername(username).orElseThrow();
        boolean someTopics = topics != null && !topics.isEmpty();
        String sql = """
                INSERT INTO card (user_id, bank_id, question_key, state, due, added_at)
                SELECT ?1, q.bank_id, q.question_key, 'new', ?2, ?2 FROM live_question q
                WHERE q.bank_id = ?3""" + (someTopics ? " AND q.topic IN (?4)" : "")
                + " ORDER BY q.id ON CONFLICT (user_id, bank_id, question_key) DO NOTHING";
        var query = em.createNativeQuery(sql).setParameter(1, user.id)
                .setParameter(2, SqlValues.utc(clock.instant())).setParameter(3, bank.id);
        if (someTopics) {
            query.setParameter(4, topics);
        }
        return query.executeUpdate();
    }

    /**
     * A question missed in a quiz becomes due now: its card is created when the learner does not study that
     * bank yet, and an existing card is brought forward. Runs in the caller's transaction, on its connection.
     */
    @Override
    @Transactional
    public void requeue(long userId, long bankId, String questionKey) {
        em.unwrap(Session.class).doWork(c -> requeue(c, userId, bankId, questionKey));
    }

    @Override
    public String requeueWhere(String condition) {
        return REQUEUE.formatted(condition);
    }

    private void requeue(Connection c, long userId, long bankId, String questionKey) throws SQLException {
        Map<String, Object> values = Map.of("missedUser", userId, "missedBank", bankId, "missedQuestionKey", questionKey,
                "now", SqlValues.utc(clock.instant()));
        try (PreparedStatement s = REQUEUE_NOW.prepare(c, values)) {
            s.executeUpdate();
        }
    }
}
