package org.tarikh.review.scheduler;

import java.util.Locale;

/** A card's learning state, the same four as Anki and ts-fsrs (src/models.ts State: New 0 ... Relearning 3). */
public enum State {
    NEW("new"), LEARNING("learning"), REVIEW("review"), RELEARNING("relearning");

    private final String code;

    State(String code) {
        this.code = code;
    }

    /** The lowercase code stored in the database and used in the API. */
    public String code() {
        return code;
    }

    /** The state for a code, ignoring case ("review", "Review"). */
    public static State fromCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (State s : values()) {
            if (s.code.equals(c)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown card state: " + code);
    }
}
