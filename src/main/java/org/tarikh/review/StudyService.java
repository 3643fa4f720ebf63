package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.bank.Bank;
import org.tarikh.quiz.ExamHold;
import org.tarikh.review.scheduler.State;
import org.tarikh.signin.JoinedSignIn;
import org.tarikh.web.SignedInUser;

/** Reading the review queue and cards, for the API and the review page. */
@ApplicationScoped
public class StudyService {

    private final Clock clock;
    private final ReviewQueue queue;
    private final ExamHold hold;
    private final QuestionFronts fronts;
    private final KnownCards known;

    StudyService(Clock clock, ReviewQueue queue, ExamHold hold, QuestionFronts fronts, KnownCards known) {
        this.clock = clock;
        this.queue = queue;
        this.hold = hold;
        this.fronts = fronts;
        this.known = known;
    }

    /**
     * The next card with what each rating would schedule and the day's counts: one query, plus the front once per
     * version. No transaction: the one statement reads one snapshot.
     */
    public Optional<NextCard> next(Learner learner, String bankSlug) {
        Instant now = clock.instant();
        return queue.next(learner, bankSlug, now).map(next -> card(learner, next, now));
    }

    /** The caller that the next card's statement signed in (null: not found as {@code expected}) and what it found. */
    record FoundNext(SignedInUser user, Optional<ReviewQueue.Next> next, Instant at) {
    }

    /**
     * The next card with the sign-in in the same statement ({@link JoinedSignIn}), for a caller expected to be the
     * account this node remembers for the secret: nothing the statement read is used for anyone else. Plain JDBC
     * and memory only, so that it may run on the event loop ({@link ReviewRoutes}); {@link #card} makes the card.
     */
    FoundNext nextSigningIn(JoinedSignIn.Offered offered, RememberedLearners.Remembered expected, String bankSlug) {
        Instant now = clock.instant();
        ReviewQueue.SignedInNext found = queue.nextSigningIn(offered, expected, bankSlug, now);
        if (found.user() == null) {
            return new FoundNext(null, Optional.empty(), now);
        }
        long userId = found.user().id();
        // Reviewing it is what usually comes next: that review can then be written without reading the card again.
        found.next().ifPresent(next -> known.remember(new ReviewSql.CardRow(next.cardId(), userId, false,
                next.requeued(), next.state(), next.version())));
        return new FoundNext(found.user(), found.next(), now);
    }

    /** Whether {@link #card} can make the card from memory: its question's front is known (else it is loaded). */
    boolean cardAtHand(FoundNext found) {
        return found.next().map(next -> fronts.known(next.questionRowId())).orElse(true);
    }

    /** The card as sent, for what {@link #nextSigningIn} found. */
    Optional<NextCard> card(FoundNext found) {
        return found.next().map(next -> card(Learner.of(found.user()), next, found.at()));
    }

    private NextCard card(Learner learner, ReviewQueue.Next next, Instant now) {
        Map<String, String> intervals = NextIntervals.of(learner, next.cardId(), next.state(), now);
        // The question's row id, not its key: curated keys name their answers (off-khad-service).
        return new NextCard(next.cardId(), String.valueOf(next.questionRowId()), next.bank(), next.bankTitle(),
                fronts.of(next.questionRowId()), next.state().state(), next.state().due(),
                next.requeued() && next.state().state() == State.NEW, intervals,
                next.counts());
    }

    public ReviewQueue.Counts counts(Learner learner, String bankSlug) {
        return queue.counts(learner, bankSlug, clock.instant());
    }

    /** The bank's title for a page heading (null for all banks); 404 for an unknown bank. */
    @Transactional
    public String bankTitle(String bankSlug) {
        Bank bank = bank(bankSlug);
        return bank == null ? null : bank.title;
    }

    /** The open exam that holds this bank back from the learner's study, if any. */
    @Transactional
    public Optional<UUID> examHolding(Learner learner, String bankSlug) {
        Bank bank = bank(bankSlug);
        return bank == null ? Optional.empty() : hold.openExam(learner.id(), bank.id);
    }

    /** A card with its back and its review history. */
    @Transactional
    public CardDetail card(Learner learner, long cardId) {
        Card card = ReviewService.findOwned(learner, cardId);
        hold.refuseDuringExam(learner.id(), card.bankId);
        List<CardDetail.HistoryRow> history = ReviewRecord.<ReviewRecord>list("card = ?1 order by id", card).stream()
                .map(r -> new CardDetail.HistoryRow(r.reviewId.toString(), r.rating, r.reviewedAt, r.stateAfter.code(),
                        r.stabilityAfter, r.difficultyAfter))
                .toList();
        CardView view = CardView.of(card, true);
        return new CardDetail(card.id, view.questionId(), view.front(), card.state.code(), card.due, view.back(), history);
    }

    private static Bank bank(String slug) {
        return slug == null || slug.isBlank() ? null
                : Bank.require(slug);
    }
}
