package org.tarikh.review;

import jakarta.inject.Singleton;
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

    /** Remembered per secret, bounded: a secret no longer remembered costs one ordinary sign-in more. */
    static final int MAX = 10_000;

    /**
     * The account as it was when remembered, as the sign-in found it (with the session's CSRF token, null for a
     * token), and the learner made of it: what the statements computed from it must find unchanged.
     */
    record Remembered(SignedInUser user, Learner learner) {
    }

    private final BoundedMap<String, Remembered> bySecret = new BoundedMap<>(MAX);

    Remembered of(JoinedSignIn.Offered offered) {
        return bySecret.get(offered.key());
    }

    void remember(JoinedSignIn.Offered offered, SignedInUser user) {
        bySecret.put(offered.key(), new Remembered(user, Learner.of(user)));
    }

    void forget(JoinedSignIn.Offered offered) {
        bySecret.remove(offered.key());
    }
}
