package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;

/**
 * The order in which cards come up: learning and relearning cards that are due, then review cards that are
 * due (and quiz misses), oldest due first, then new cards up to the learner's daily limit. Each step reads
 * one partial index (V005).
 */
@ApplicationScoped
public class ReviewQueue {

    /** How many cards are left today, per kind. */
    public record Counts(long newCards, long learning, long due) {
    }

    /** The card to show now; {@code newLeft} is {@link #newLeftToday}, counted once per request by the caller. */
    public Optional<Card> next(User user, Bank bank, Instant now, long newLeft) {
        String scope = bank == null ? "" : " and bank = ?3";
        Optional<Card> card = first("user = ?1 and state in ('learning', 'relearning') and due <= ?2" + scope
                + " order by due, id", user, now, bank);
        if (card.isEmpty()) {
            card = first("user = ?1 and (state = 'review' or requeued = true) and due <= ?2" + scope
                    + " order by due, id", user, now, bank);
        }
        if (card.isEmpty() && newLeft > 0) {
            card = first("user = ?1 and state = 'new' and requeued = false and addedAt <= ?2" + scope
                    + " order by addedAt, id", user, now, bank);
        }
        return card;
    }

    public Counts counts(User user, Bank bank, Instant now, StudyDay day, long newLeft) {
        String scope = bank == null ? "" : " and bank = ?3";
        long learning = count("user = ?1 and state in ('learning', 'relearning') and due <= ?2" + scope, user,
                day.nextStart(now), bank);
        long due = count("user = ?1 and (state = 'review' or requeued = true) and due <= ?2" + scope, user,
                day.nextStart(now), bank);
        return new Counts(newCardsLeft(user, bank, now, newLeft), learning, due);
    }

    /** New cards that today's limit still lets through, counted no further than the limit (docs/review-queue.md). */
    private static long newCardsLeft(User user, Bank bank, Instant now, long limit) {
        if (limit == 0) {
            return 0;
        }
        var query = Card.getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM card WHERE user_id = ?1"
                        + " AND state = 'new' AND NOT requeued AND added_at <= ?2" + (bank == null ? "" : " AND bank_id = ?4")
                        + " ORDER BY added_at, id LIMIT ?3) AS left_today")
                .setParameter(1, user.id).setParameter(2, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(3, limit);
        if (bank != null) {
            query.setParameter(4, bank.id);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The learner's daily limit of new cards, less those already started today. */
    long newLeftToday(User user, Instant now, StudyDay day) {
        long started = ReviewRecord.count("user = ?1 and stateBefore = 'new' and reviewedAt >= ?2", user, day.start(now));
        return Math.max(0, user.newCardsPerDay - started);
    }

    private static Optional<Card> first(String query, User user, Instant at, Bank bank) {
        List<Card> found = (bank == null ? Card.<Card>find(query, user, at) : Card.<Card>find(query, user, at, bank))
                .page(0, 1).list();
        return found.stream().findFirst();
    }

    private static long count(String query, User user, Instant at, Bank bank) {
        return bank == null ? Card.count(query, user, at) : Card.count(query, user, at, bank);
    }
}
