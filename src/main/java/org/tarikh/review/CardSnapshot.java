package org.tarikh.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.State;

/** A card's scheduling fields as a map, kept with each review so that undo restores the card exactly. */
final class CardSnapshot {

    private CardSnapshot() {
    }

    static Map<String, Object> of(CardState c, boolean requeued) {
        Map<String, Object> m = new HashMap<>();
        m.put("state", c.state().code());
        m.put("due", c.due().toString());
        m.put("stability", c.stability());
        m.put("difficulty", c.difficulty());
        m.put("scheduledDays", c.scheduledDays());
        m.put("learningSteps", c.learningSteps());
        m.put("reps", c.reps());
        m.put("lapses", c.lapses());
        m.put("lastReview", c.lastReview() == null ? null : c.lastReview().toString());
        m.put("requeued", requeued);
        return m;
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
