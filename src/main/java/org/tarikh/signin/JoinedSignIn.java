package org.tarikh.signin;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Map;
import org.tarikh.web.ClientAddress;
import org.tarikh.web.SignedInUser;

/**
 * Sign-in folded into a request's own statement, for the calls a study session repeats (the next card, a review):
 * the cookie's session or the Bearer token is looked up by its hash in the same statement that reads the card, so
 * PostgreSQL is asked once per request, not twice, and every request is still checked against the stored session
 * or token (a sign-out on any node ends it at once). HTTP Basic joins in the same way once this node has verified
 * the password ({@link VerifiedPasswords}): the account is found by its name and the bcrypt hash the password
 * matched, so a password changed on any node ends it at once, and only while the throttle lets the name and the
 * address in (the same count as {@link FailedAttempts}').
 *
 * <p>Only a caller in good standing is found this way: a session or token whose last use is recent enough that
 * nothing needs writing back, a remembered password that is still the account's and not throttled. Anything else
 * (a stale last use, an expired or unknown secret, a password not verified lately, a throttled name or address) is
 * not found, and the caller leaves the request to the ordinary sign-in ({@link SignInMechanism}), which writes the
 * last use, clears a stale cookie, checks the password and the throttle, or answers 401 or 429.
 */
@Singleton
public class JoinedSignIn {

    /**
     * The columns of the one-row subquery {@code wanted} that a statement using {@link #JOINS} starts its
     * {@code FROM} with, as {@code ?} placeholders. Bind them with {@link Offered#bind(PreparedStatement, int)}.
     */
    public static final String WANTED = "?::text AS sign_in_via, ?::bytea AS sign_in_hash, ?::text AS sign_in_name, "
            + "?::text AS sign_in_address, ?::int AS sign_in_name_limit, ?::int AS sign_in_address_limit";

    /** The same as named placeholders, for {@link Offered#bind(Map)}. */
    public static final String WANTED_NAMED = ":signInVia::text AS sign_in_via, :signInHash::bytea AS sign_in_hash, "
            + ":signInName::text AS sign_in_name, :signInAddress::text AS sign_in_address, "
            + ":signInNameLimit::int AS sign_in_name_limit, :signInAddressLimit::int AS sign_in_address_limit";

    /**
     * The joins that find the caller from the columns of {@link #WANTED}. Only the lookup the request offers runs:
     * the token's and the password's are subqueries that COALESCE reaches only when no session was found, and each
     * stops at once unless its kind was offered (as joins, PostgreSQL's generic plan scanned {@code api_token} for
     * every session). For Basic, the throttle's count is {@link FailedAttempts}': a name or an address that has used
     * up its failures finds no one.
     */
    public static final String JOINS = """
            LEFT JOIN user_session s ON wanted.sign_in_via = 'session' AND s.token_hash = wanted.sign_in_hash
              AND s.expires_at > now() AND s.last_seen_at >= now() - make_interval(secs => %d)
            LEFT JOIN app_user u ON u.id = COALESCE(s.user_id,
              (SELECT t.user_id FROM api_token t WHERE wanted.sign_in_via = 'bearer' AND t.token_hash = wanted.sign_in_hash
                 AND t.last_used_at >= now() - make_interval(secs => %d)),
              (SELECT b.id FROM app_user b WHERE wanted.sign_in_via = 'basic' AND b.username = wanted.sign_in_name
                 AND b.password_hash = convert_from(wanted.sign_in_hash, 'UTF8') AND %s))
            """.formatted(Sessions.TOUCH_AFTER.toSeconds(), ApiTokens.TOUCH_AFTER.toSeconds(),
            FailedAttempts.signInAllowed("wanted.sign_in_name", "wanted.sign_in_address", "wanted.sign_in_name_limit",
                    "wanted.sign_in_address_limit"));

    /** The caller's columns, to be selected first: {@link #read} reads them from column 1. */
    public static final String COLUMNS = "s.id AS sign_in_session, s.csrf_token AS sign_in_csrf, " + AccountColumns.SELECT;

    /**
     * What a request offers, to bind as the columns of {@link #WANTED}: how, and the hash of its secret (for Basic,
     * the bcrypt hash its password was verified against, with the name and the client's address as the throttle
     * counts them, and the throttle's limits).
     */
    public record Offered(SignedInUser.Via via, byte[] hash, String name, String address, Integer nameLimit,
                          Integer addressLimit) {

        static Offered secret(SignedInUser.Via via, String secret) {
            return new Offered(via, SecretTokens.hash(secret), null, null, null, null);
        }

        /** A key for maps: equal for equal secrets (for Basic, one verified password of one account). */
        public String key() {
            return via.code() + ':' + (name == null ? "" : name + ':') + HexFormat.of().formatHex(hash);
        }

        /** Binds the {@code ?} columns of {@link #WANTED} from {@code first} on; returns the index after them. */
        public int bind(PreparedStatement s, int first) throws SQLException {
            s.setString(first, via.code());
            s.setBytes(first + 1, hash);
            s.setString(first + 2, name);
            s.setString(first + 3, address);
            s.setObject(first + 4, nameLimit, Types.INTEGER);
            s.setObject(first + 5, addressLimit, Types.INTEGER);
            return first + 6;
        }

        /** Binds the named columns of {@link #WANTED_NAMED}. */
        public void bind(Map<String, Object> values) {
            values.put("signInVia", via.code());
            values.put("signInHash", hash);
            values.put("signInName", name);
            values.put("signInAddress", address);
            values.put("signInNameLimit", nameLimit);
            values.put("signInAddressLimit", addressLimit);
        }
    }

    private final SessionCookie cookie;
    private final VerifiedPasswords passwords;
    private final FailedAttempts failures;

    JoinedSignIn(SessionCookie cookie, VerifiedPasswords passwords, FailedAttempts failures) {
        this.cookie = cookie;
        this.passwords = passwords;
        this.failures = failures;
    }

    /**
     * The session cookie, Bearer token or verified Basic password the request offers; null for none, for a password
     * this node has not verified lately, or for an unreadable header.
     */
    public Offered offeredBy(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Credentials offered = authorization != null ? SignInMechanism.fromHeader(authorization.strip(), null)
                : SignInMechanism.fromCookie(request, cookie.name(), null);
        if (offered == null) {
            return null;
        }
        return switch (offered.kind) {
            case SESSION -> Offered.secret(SignedInUser.Via.SESSION, offered.secret);
            case BEARER -> offered.secret.startsWith(ApiTokens.PREFIX)
                    ? Offered.secret(SignedInUser.Via.BEARER, offered.secret) : null;
            case BASIC -> basic(offered.username, offered.secret, ClientAddress.of(request));
        };
    }

    private Offered basic(String username, String password, String address) {
        String name = PasswordSignIn.normalName(username);
        String passwordHash = name == null ? null : passwords.rememberedHash(name, password);
        return passwordHash == null ? null : new Offered(SignedInUser.Via.BASIC, passwordHash.getBytes(StandardCharsets.UTF_8), name,
                FailedAttempts.key(address), failures.perSubject(), failures.perAddress());
    }

    /**
     * The caller that {@code offered} found by {@link #JOINS}, read from {@link #COLUMNS} at column 1; null when
     * none was found.
     */
    public static SignedInUser read(ResultSet r, Offered offered) throws SQLException {
        r.getLong(3);
        if (r.wasNull()) {
            return null;
        }
        boolean bySession = offered.via() == SignedInUser.Via.SESSION;
        return AccountColumns.read(r, 3, offered.via(), bySession ? r.getLong(1) : null, bySession ? r.getString(2) : null);
    }
}
