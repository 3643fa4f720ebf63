package org.tarikh.review;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tarikh.signin.JoinedSignIn;
import org.tarikh.web.SignedInUser;

/**
 * Who each session or token was signed in as when it last asked for a card on this node: the next card's statement
 * is written for one learner (their id, study day and daily limit), so it needs a guess before it can sign the
 * caller in. Only a guess: the statement reads nothing unless the caller is still that learner with that time zone
 * and limit; a wrong or missing guess sends the request through the ordinary sign-in, which remembers it again.
 */
@Singleton
class RememberedLearners {

    /** Remembered per secret, bounded: beyond this many the memory starts again (one lookup more per session). */
    static final int MAX = 10_000;

    /**
     * The account as it was when remembered: what the statements computed from it must find unchanged.
     *
     * @param csrfToken the session's CSRF token (null for a token): a review written on this guess checks the
     *                  request's header against it, and the statement checks it is still the session's
     */
    record Remembered(Learner learner, String timeZone, String fsrsParameters, double desiredRetention,
                      String csrfToken) {
    }

    private final Map<String, Remembered> bySecret = new ConcurrentHashMap<>();

    Remembered of(JoinedSignIn.Offered offered) {
        return bySecret.get(offered.key());
    }

    void remember(JoinedSignIn.Offered offered, SignedInUser user) {
        if (bySecret.size() >= MAX) {
            bySecret.clear();
        }
        bySecret.put(offered.key(), new Remembered(Learner.of(user), user.timeZone(), user.fsrsParameters(),
                user.desiredRetention(), user.csrfToken()));
    }

    void forget(JoinedSignIn.Offered offered) {
        bySecret.remove(offered.key());
    }
}
