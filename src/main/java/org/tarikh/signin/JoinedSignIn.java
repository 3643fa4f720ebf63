package org.tarikh.signin;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.tarikh.web.SignedInUser;

/**
 * Sign-in folded into a request's own statement, for the calls a study session repeats (the next card, a review):
 * the cookie's session or the Bearer token is looked up by its hash in the same statement that reads the card, so
 * PostgreSQL is asked once per request, not twice, and every request is still checked against the stored session
 * or token (a sign-out on any node ends it at once).
 *
 * <p>Only a session or token in good standing is found this way: one whose last use is recent enough that nothing
 * needs writing back. Anything else (a stale last use, an expired or unknown secret, Basic) is not found, and the
 * caller leaves the request to the ordinary sign-in ({@link SignInMechanism}), which writes the last use, clears a
 * stale cookie, or answers 401.
 */
@Singleton
public class JoinedSignIn {

    /**
     * The joins that find the caller, for a statement whose {@code FROM} starts with a one-row subquery
     * {@code wanted} that has the columns {@code sign_in_via} (text) and {@code sign_in_hash} (bytea).
     */
    public static final String JOINS = """
            LEFT JOIN user_session s ON wanted.sign_in_via = 'session' AND s.token_hash = wanted.sign_in_hash
              AND s.expires_at > now() AND s.last_seen_at >= now() - make_interval(secs => %d)
            LEFT JOIN api_token t ON wanted.sign_in_via = 'bearer' AND t.token_hash = wanted.sign_in_hash
              AND t.last_used_at >= now() - make_interval(secs => %d)
            LEFT JOIN app_user u ON u.id = COALESCE(s.user_id, t.user_id)
            """.formatted(Sessions.TOUCH_AFTER.toSeconds(), ApiTokens.TOUCH_AFTER.toSeconds());

    /** The caller's columns, to be selected first: {@link #read} reads them from column 1. */
    public static final String COLUMNS = "s.id AS sign_in_session, s.csrf_token AS sign_in_csrf, " + AccountColumns.SELECT;

    /** What a request offers: how, and the hash of its secret, to bind as {@code sign_in_via} and {@code sign_in_hash}. */
    public record Offered(String via, byte[] hash) {

        /** Whether it is the session cookie (a browser's, so its state-changing requests need the CSRF token). */
        public boolean bySession() {
            return "session".equals(via);
        }

        /** A key for maps: equal for equal secrets. */
        public String key() {
            return via + ':' + HexFormat.of().formatHex(hash);
        }
    }

    private final SessionCookie cookie;

    JoinedSignIn(SessionCookie cookie) {
        this.cookie = cookie;
    }

    /** The session cookie or Bearer token the request offers; null for none, for Basic, or for an unreadable header. */
    public Offered offeredBy(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Credentials offered = authorization != null ? SignInMechanism.fromHeader(authorization.strip(), null)
                : SignInMechanism.fromCookie(request, cookie.name(), null);
        if (offered == null) {
            return null;
        }
        return switch (offered.kind) {
            case SESSION -> new Offered("session", SecretTokens.hash(offered.secret));
            case BEARER -> offered.secret.startsWith(ApiTokens.PREFIX)
                    ? new Offered("bearer", SecretTokens.hash(offered.secret)) : null;
            case BASIC -> null;
        };
    }

    /** The caller found by {@link #JOINS}, read from {@link #COLUMNS} at column 1; null when none was found. */
    public static SignedInUser read(ResultSet r) throws SQLException {
        r.getLong(3);
        if (r.wasNull()) {
            return null;
        }
        long session = r.getLong(1);
        boolean bySession = !r.wasNull();
        return AccountColumns.read(r, 3, bySession ? SignedInUser.Via.SESSION : SignedInUser.Via.BEARER,
                bySession ? session : null, bySession ? r.getString(2) : null);
    }
}
