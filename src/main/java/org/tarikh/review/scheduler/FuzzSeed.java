package org.tarikh.review.scheduler;

import java.time.Instant;

/** Where the fuzz PRNG's seed comes from for one review (ts-fsrs src/strategies/seed.ts). */
@FunctionalInterface
public interface FuzzSeed {

    /** The seed string for reviewing {@code before} at {@code now}. */
    String seed(CardState before, Instant now);

    /**
     * ts DefaultInitSeedStrategy: {@code `${review_ms}_${reps}_${D*S}`} with reps already incremented and D, S before
     * the review, D*S printed as JS would print it.
     */
    FuzzSeed TS_DEFAULT = (card, now) -> now.toEpochMilli() + "_" + (card.reps() + 1) + "_"
            + JsMath.numberToString(card.difficulty() * card.stability());

    /** ts GenSeedStrategyWithCardId for a numeric id: String(card_id + reps), reps already incremented. */
    static FuzzSeed cardId(long cardId) {
        return (card, now) -> Long.toString(cardId + card.reps() + 1);
    }
}
