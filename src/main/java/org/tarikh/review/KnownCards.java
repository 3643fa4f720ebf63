package org.tarikh.review;

import jakarta.inject.Singleton;

/**
 * Cards as this node last read or wrote them, with their row version, so that a review of one of them can be
 * written without reading the card first: the write names the version it was computed from and changes nothing
 * when the card has changed since (another node, an undo, a reset, a suspension), and the review then reads the
 * card as usual. Only a guess, never trusted: bounded, and any mismatch just costs the read it tried to save.
 */
@Singleton
class KnownCards {

    /** About 250 bytes each: at most 10 MB of the heap, the cards of a few hundred learners' sessions at once. */
    static final int MAX = 40_000;

    private final BoundedMap<Long, ReviewSql.CardRow> byId = new BoundedMap<>(MAX);

    ReviewSql.CardRow of(long cardId) {
        return byId.get(cardId);
    }

    void remember(ReviewSql.CardRow card) {
        byId.put(card.id(), card);
    }

    void forget(long cardId) {
        byId.remove(cardId);
    }
}
