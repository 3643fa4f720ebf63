package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.review.scheduler.IntervalLabel;
import org.tarikh.review.scheduler.NextStates;
import org.tarikh.review.scheduler.Rating;

/** Reading the review queue and cards, for the API and the review page. */
@ApplicationScoped
public class StudyService {

    private final Clock clock;
    private final ReviewQueue queue;
    private final ExamHold hold;

    StudyService(Clock clock, ReviewQueue queue, ExamHold hold) {
        this.clock = clock;
        this.queue = queue;
        this.hold = hold;
    }

    @Transactional
    public Optional<NextCard> next(String username, String bankSlug) {
        User user = ReviewService.user(username);
        ReviewQueue.Scope scope = scope(user, bankSlug);
        Instant now = clock.instant();
        StudyDay day = StudyDay.of(user.timeZone);
        long newLeft = queue.newLeftToday(user, now, day);
        return queue.next(scope, now, newLeft).map(card -> {
            NextStates states = ReviewService.scheduler(card).preview(card.toState(), now,
                    day.daysBetween(card.lastReview, now));
            Map<String, String> intervals = new LinkedHashMap<>();
            for (Rating r : Rating.values()) {
                intervals.put(r.name().toLowerCase(), IntervalLabel.of(states.delay(r, now)));
            }
            CardView view = CardView.of(card, false);
            return new NextCard(card.id, view.questionId(), card.bank.slug, view.front(), card.state, card.due,
                    intervals, queue.counts(scope, now, day, newLeft));
        });
    }

    @Transactional
    public ReviewQueue.Counts counts(String username, String bankSlug) {
        User user = ReviewService.user(username);
        Instant now = clock.instant();
        StudyDay day = StudyDay.of(user.timeZone);
        return queue.counts(scope(user, bankSlug), now, day, queue.newLeftToday(user, now, day));
    }

    /** The open exam that holds this bank back from the learner's study, if any. */
    @Transactional
    public Optional<UUID> examHolding(String username, String bankSlug) {
        Bank bank = bank(bankSlug);
        return bank == null ? Optional.empty() : hold.openExam(ReviewService.user(username).id, bank.id);
    }

    /** A card with its back and its review history. */
    @Transactional
    public CardDetail card(String username, long cardId) {
        Card card = ReviewService.findOwned(username, cardId);
        hold.refuseDuringExam(card.user.id, card.bank.id);
        List<CardDetail.HistoryRow> history = ReviewRecord.<ReviewRecord>list("card = ?1 order by id", card).stream()
                .map(r -> new CardDetail.HistoryRow(r.reviewId.toString(), r.rating, r.reviewedAt, r.stateAfter,
                        r.stabilityAfter, r.difficultyAfter))
                .toList();
        CardView view = CardView.of(card, true);
        return new CardDetail(card.id, view.questionId(), view.front(), card.state, card.due, view.back(), history);
    }

    private ReviewQueue.Scope scope(User user, String bankSlug) {
        return new ReviewQueue.Scope(user, bank(bankSlug), hold.heldBanks(user.id));
    }

    private static Bank bank(String slug) {
        return slug == null || slug.isBlank() ? null
                : Bank.require(slug);
    }
}
