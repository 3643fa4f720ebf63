package org.tarikh.review.optimizer;

/**
 * One review from a revlog CSV.
 *
 * @param reviewTimeMs milliseconds since the epoch
 * @param rating       1 Again, 2 Hard, 3 Good, 4 Easy
 * @param state        the card's state before the review: 0 new, 1 learning, 2 review, 3 relearning
 * @param line         the line of the file it came from (1 is the header), for messages
 */
public record RevlogRow(String cardId, long reviewTimeMs, int rating, int state, int line) {
}
