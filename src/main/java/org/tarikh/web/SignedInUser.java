package org.tarikh.web;

import java.util.Locale;

/**
 * Who a request is signed in as, resolved once per request by the sign-in mechanism and kept on the security
 * identity, so that no page or service needs a second query to know the user.
 *
 * @param fsrsParameters the learner's own FSRS weights as stored (comma-separated), null for the defaults
 * @param sessionId the server-side session when signed in with the cookie, else null
 * @param csrfToken the session's CSRF token when signed in with the cookie, else null
 */
public record SignedInUser(long id, String username, String displayName, String role, String timeZone, int newCardsPerDay,
                           double desiredRetention, String fsrsParameters, Via via, Long sessionId, String csrfToken) {

    /** The identity attribute that carries this record. */
    public static final String ATTRIBUTE = "tarikh.signed-in-user";

    /** How the request proved who it is. Only the cookie is sent by browsers on their own, so only it needs CSRF. */
    public enum Via {
        SESSION, BASIC, BEARER;

        private final String code = name().toLowerCase(Locale.ROOT);

        /** Its name in lower case: {@code session}, {@code basic}, {@code bearer}. */
        public String code() {
            return code;
        }
    }
}
