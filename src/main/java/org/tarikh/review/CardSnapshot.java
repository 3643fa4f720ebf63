package org.tarikh.review;

import java.time.Instant;
import java.util.Map;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.State;
import org.tarikh.text.IsoInstant;

/** A card's scheduling fields, kept as JSON with each review so that undo restores the card exactly. */
final class CardSnapshot {

    private CardSnapshot() {
    }

    /**
     * The card's scheduling fields as JSON, written out directly: a review stores one with every log row, and
     * Jackson, writing them as a map, took about 7 % of a review's JVM time. Every value is a number, a boolean, null
     * or a text that needs no escaping (a state code, an ISO instant); {@code CardSnapshotTest} reads it back.
     */
    static String json(CardState c, boolean requeued) {
        StringBuilder json = new StringBuilder(240)
                .append("{\"state\":\"").append(c.state().code())
                .append("\",\"due\":\"");
        IsoInstant.append(json, c.due())
                .append("\",\"stability\":").append(c.stability())
                .append(",\"difficulty\":").append(c.difficulty())
                .append(",\"scheduledDays\":").append(c.scheduledDays())
                .append(",\"learningSteps\":").append(c.learningSteps())
                .append(",\"reps\":").append(c.reps())
                .append(",\"lapses\":").append(c.lapses())
                .append(",\"lastReview\":");
        if (c.lastReview() == null) {
            json.append("null");
        } else {
            IsoInstant.append(json.append('"'), c.lastReview()).append('"');
        }
        return json.append(",\"requeued\":").append(requeued).append('}').toString();
    }

    static void restore(Card c, Map<String, Object> m) {
        c.state = State.fromCode((String) m.get("state"));
        c.due = Instant.parse((String) m.get("due"));
        c.stability = ((Number) m.get("stability")).doubleValue();
        c.difficulty = ((Number) m.get("difficulty")).doubleValue();
        c.scheduledDays = ((Number) m.get("scheduledDays")).intValue();
        c.learningSteps = ((Number) m.get("learningSteps")).intValue();
        c.reps = ((Number) m.get("reps")).intValue();
        c.lapses = ((Number) m.get("lapses")).intValue();
        c.lastReview = m.get("lastReview") == null ? null : Instant.parse((String) m.get("lastReview"));
        c.requeued = Boolean.TRUE.equals(m.get("requeued"));
    }
}
