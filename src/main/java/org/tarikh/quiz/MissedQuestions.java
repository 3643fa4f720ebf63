package org.tarikh.quiz;

import java.sql.Connection;
import java.sql.SQLException;

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

    /** The same, on a plain JDBC connection (the caller's transaction, or autocommit). */
    void requeue(Connection c, long userId, long bankId, String questionKey) throws SQLException;
}
