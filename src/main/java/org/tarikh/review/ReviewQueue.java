package org.tarikh.review;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;

/**
 * The order in which cards come up: learning and relearning cards that are due, then review cards that are
 * due (and quiz misses), oldest due first, then new cards up to the learner's daily limit. Each step reads
 * one partial index (V005). Banks on hold for an open exam ({@link ExamHold}) are left out of all of it.
 */
@ApplicationScoped
public class ReviewQueue {

    /** How many cards are left today, per kind. */
    public record Counts(long newCards, long learning, long due) {
    }

    /** Whose cards, of which bank (null: all), leaving out the banks on hold. */
    public record Scope(User user, Bank bank, Set<Long> held) {

        String where() {
            return "user = :user" + (bank == null ? "" : " and bank = :bank") + (held.isEmpty() ? "" : " and bank.id not in :held");
        }

        String sqlWhere() {
            return "user_id = :user" + (bank == null ? "" : " AND bank_id = :bank") + (held.isEmpty() ? "" : " AND bank_id NOT IN (:held)");
        }

        Parameters parameters(Instant at) {
            Parameters p = Parameters.with("user", user).and("at", at);
            if (bank != null) {
                p.and("bank", bank);
            }
            if (!held.isEmpty()) {
                p.and("held", held);
            }
            return p;
        }
    }

    /** The card to show now; {@code newLeft} is {@link #newLeftToday}, counted once per request by the caller. */
    public Optional<Card> next(Scope scope, Instant now, long newLeft) {
        Optional<Card> card = first(scope, "state in ('learning', 'relearning') and due <= :at order by due, id", now);
        if (card.isEmpty()) {
            card = first(scope, "(state = 'review' or requeued = true) and due <= :at order by due, id", now);
        }
        if (card.isEmpty() && newLeft > 0) {
            card = first(scope, "state = 'new' and requeued = false and addedAt <= :at order by addedAt, id", now);
        }
        return card;
    }

    public Counts counts(Scope scope, Instant now, StudyDay day, long newLeft) {
        long learning = Card.count(scope.where() + " and state in ('learning', 'relearning') and due <= :at",
                scope.parameters(day.nextStart(now)));
        long due = Card.count(scope.where() + " and (state = 'review' or requeued = true) and due <= :at",
                scope.parameters(day.nextStart(now)));
        return new Counts(newCardsLeft(scope, now, newLeft), learning, due);
    }

    /** New cards that today's limit still lets through, counted no further than the limit (docs/review-queue.md). */
    private static long newCardsLeft(Scope scope, Instant now, long limit) {
        if (limit == 0) {
            return 0;
        }
        var query = Card.getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM card WHERE "
                        + scope.sqlWhere() + " AND state = 'new' AND NOT requeued AND added_at <= :at"
                        + " ORDER BY added_at, id LIMIT :limit) AS left_today")
                .setParameter("user", scope.user().id).setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("limit", limit);
        if (scope.bank() != null) {
            query.setParameter("bank", scope.bank().id);
        }
        if (!scope.held().isEmpty()) {
            query.setParameter("held", scope.held());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The learner's daily limit of new cards, less those already started today. */
    long newLeftToday(User user, Instant now, StudyDay day) {
        long started = ReviewRecord.count("user = ?1 and stateBefore = 'new' and reviewedAt >= ?2", user, day.start(now));
        return Math.max(0, user.newCardsPerDay - started);
    }

    private static Optional<Card> first(Scope scope, String condition, Instant at) {
        List<Card> found = Card.<Card>find(scope.where() + " and " + condition, scope.parameters(at)).page(0, 1).list();
        return found.stream().findFirst();
    }
}
