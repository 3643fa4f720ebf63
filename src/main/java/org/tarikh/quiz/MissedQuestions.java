package org.tarikh.quiz;

/**
 * Where a quiz sends the questions a learner missed, so that they come back in review. Quiz owns this interface
 * and the review feature implements it: quiz does not depend on review.
 */
public interface MissedQuestions {

    /**
     * The learner's card for this question becomes due now (created when the learner does not study the bank yet),
     * in the caller's transaction.
     */
    void requeue(long userId, long bankId, String questionKey);

    /**
     * The same as SQL to run inside a statement of the caller's (a data-modifying {@code WITH}), so that an answer
     * and its requeue are written by one statement: an {@code INSERT} whose named parameters are {@code :missedUser},
     * {@code :missedBank}, {@code :missedQuestionKey} and {@code :now}, done only where {@code condition} holds (a
     * {@code WHERE} clause on the caller's expressions).
     */
    String requeueWhere(String condition);
}
