package org.tarikh.review.optimizer;

/**
 * One prediction to score (fsrs-rs src/dataset.rs FSRSItem): a card's reviews up to and including the target, the
 * last one. {@code deltaTs[i]} is the study days since review i-1 (0 for the first and for same-day reviews).
 *
 * @param lastReviewMs when the target review happened, the items' time order
 */
public record TrainingItem(int[] ratings, int[] deltaTs, long lastReviewMs) {

    public int length() {
        return ratings.length;
    }

    public int lastRating() {
        return ratings[ratings.length - 1];
    }

    public int lastDeltaT() {
        return deltaTs[deltaTs.length - 1];
    }

    /** The label: the target review was a pass (rating above Again). */
    public boolean recalled() {
        return lastRating() > 1;
    }

    /** Reviews a day or more after the previous one (fsrs-rs long_term_review_cnt). */
    public int longTermCount() {
        int n = 0;
        for (int t : deltaTs) {
            if (t > 0) {
                n++;
            }
        }
        return n;
    }

    /** delta_t of the first review a day or more after the previous one (fsrs-rs first_long_term_review). */
    public int firstLongTermDeltaT() {
        for (int t : deltaTs) {
            if (t > 0) {
                return t;
            }
        }
        throw new IllegalStateException("an item always ends with a long-term review");
    }

    /** Again answers a day or more after the previous review, in the history before the target. */
    int longTermLapsesBefore() {
        int n = 0;
        for (int i = 0; i < ratings.length - 1; i++) {
            if (ratings[i] == 1 && deltaTs[i] > 0) {
                n++;
            }
        }
        return n;
    }
}
