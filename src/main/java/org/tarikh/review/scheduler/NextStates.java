package org.tarikh.review.scheduler;

import java.time.Duration;
import java.time.Instant;

/** The outcome of each of the four answers, for showing the next interval on each rating button. */
public record NextStates(ReviewOutcome again, ReviewOutcome hard, ReviewOutcome good, ReviewOutcome easy) {

    public ReviewOutcome get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    /** How long after {@code now} the card comes back for this rating. */
    public Duration delay(Rating rating, Instant now) {
        return Duration.between(now, get(rating).card().due());
    }
}
