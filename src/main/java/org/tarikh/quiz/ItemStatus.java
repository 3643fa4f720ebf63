package org.tarikh.quiz;

import java.time.Instant;
import java.util.List;
import org.tarikh.quiz.grading.Score;

/**
 * What the question list beside a quiz shows of each item: no delivery, response or question, so a page of one
 * question does not read and parse those of all the others.
 */
record ItemStatus(int position, Instant answeredAt, boolean flagged, Double score) {

    /** The attempt's items in order. */
    static List<ItemStatus> of(Attempt a) {
        return Attempt.getEntityManager().createQuery("select new org.tarikh.quiz.ItemStatus(i.position, i.answeredAt,"
                + " i.flagged, i.score) from AttemptItem i where i.attempt = ?1 order by i.position", ItemStatus.class)
                .setParameter(1, a).getResultList();
    }

    boolean answered() {
        return answeredAt != null;
    }

    /** "right", "partial" or "wrong" once answered, as the question list marks it; null before. */
    String outcome() {
        if (!answered()) {
            return null;
        }
        double s = score == null ? 0 : score;
        return Score.of(s).correct() ? "right" : s > 0 ? "partial" : "wrong";
    }
}
