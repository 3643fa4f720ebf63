package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.State;

/** The snapshot a review keeps for undo: JSON any parser reads, with every field, and undo restores it exactly. */
class CardSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReviewedCardReadsBackFieldForField() throws Exception {
        CardState state = new CardState(Instant.parse("2027-03-22T04:08:18.702Z"), 117.65761417, 8.53717737, 113, 0, 18, 2,
                State.REVIEW, Instant.parse("2026-11-01T04:08:18.702Z"));
        Map<String, Object> expected = new HashMap<>();
        expected.put("state", "review");
        expected.put("due", "2027-03-22T04:08:18.702Z");
        expected.put("stability", 117.65761417);
        expected.put("difficulty", 8.53717737);
        expected.put("scheduledDays", 113);
        expected.put("learningSteps", 0);
        expected.put("reps", 18);
        expected.put("lapses", 2);
        expected.put("lastReview", "2026-11-01T04:08:18.702Z");
        expected.put("requeued", false);
        assertEquals(expected, parse(CardSnapshot.json(state, false)));
    }

    @Test
    void aNewCardAndExtremeNumbersAreValidJsonAndRestoreExactly() throws Exception {
        CardState[] states = {
            new CardState(Instant.parse("2026-01-01T00:00:00Z"), 0, 0, 0, 0, 0, 0, State.NEW, null),
            new CardState(Instant.parse("2026-05-05T10:00:00.001Z"), 1.0E-7, 10, 0, 2, 3, 1, State.RELEARNING,
                    Instant.parse("2026-05-05T09:50:00.001Z")),
            new CardState(Instant.parse("2099-12-31T23:59:59.999Z"), 36500.123456789, 1.0000000000000002, 36500, 0, 400,
                    99, State.REVIEW, Instant.parse("1999-12-31T23:59:59Z")),
        };
        for (CardState state : states) {
            for (boolean requeued : new boolean[] {false, true}) {
                Card card = new Card();
                CardSnapshot.restore(card, parse(CardSnapshot.json(state, requeued)));
                assertEquals(state, new CardState(card.due, card.stability, card.difficulty, card.scheduledDays,
                        card.learningSteps, card.reps, card.lapses, card.state, card.lastReview));
                assertEquals(requeued, card.requeued);
            }
        }
    }

    private static Map<String, Object> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<>() { });
    }
}
