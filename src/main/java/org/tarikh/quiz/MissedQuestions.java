package org.tarikh.quiz;

/**
 * Where a quiz sends the questions a learner missed, so that they come back in review. Quiz owns this interface
 * and the review feature implements it: quiz does not depend on review.
 */
public interface MissedQuestions {

    /** The learner's card for this question becomes due now (created when the learner does not study the bank yet). */
    void requeue(long userId, long bankId, String questionKey);
}
