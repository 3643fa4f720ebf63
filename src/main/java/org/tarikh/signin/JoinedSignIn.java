package org.tarikh.signin;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
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
     * The columns of the one-row subquery {@code wanted} that a statement using a {@link Lookup} starts its
     * {@code FROM} with, as {@code ?} placeholders. Bind them with {@link Offered#bind(PreparedStatement, int)}.
     */
    public static final String WANTED = "?::bytea AS sign_in_hash, ?::text AS sign_in_name, "
            + "?::text AS sign_in_address, ?::int AS sign_in_name_limit, ?::int AS sign_in_address_limit";

    /** The same as named placeholders, for {@link Offered#bind(Map)}. */
    public static final String WANTED_NAMED = ":signInHash::bytea AS sign_in_hash, :signInName::text AS sign_in_name, "
            + ":signInAddress::text AS sign_in_address, :signInNameLimit::int AS sign_in_name_limit, "
            + ":signInAddressLimit::int AS sign_in_address_limit";

    private static final String ACCOUNT = ", " + AccountColumns.SELECT;
    private static final String NO_SESSION = "NULL::bigint AS sign_in_session, NULL::text AS sign_in_csrf" + ACCOUNT;
    /** Bearer tokens and Basic have no session, so no CSRF token: the value bound must be null. */
    private static final String NO_CSRF = "?::text IS NULL";

    private static final String SESSION_COLUMNS = "s.id AS sign_in_session, s.csrf_token AS sign_in_csrf" + ACCOUNT;

    private static final Lookup SESSION = new Lookup(SESSION_COLUMNS, """
            LEFT JOIN user_session s ON s.token_hash = wanted.sign_in_hash
              AND s.expires_at > now() AND s.last_seen_at >= now() - make_interval(secs => %d)
            LEFT JOIN app_user u ON u.id = s.user_id
            """.formatted(Sessions.TOUCH_AFTER.toSeconds()), "s.csrf_token = ?");

    private static final Lookup BEARER = new Lookup(NO_SESSION, """
            LEFT JOIN api_token t ON t.token_hash = wanted.sign_in_hash
              AND t.last_used_at >= now() - make_interval(secs => %d)
            LEFT JOIN app_user u ON u.id = t.user_id
            """.formatted(ApiTokens.TOUCH_AFTER.toSeconds()), NO_CSRF);

    private static final Lookup BASIC = new Lookup(NO_SESSION, """
            LEFT JOIN app_user u ON u.username = wanted.sign_in_name
              AND u.password_hash = convert_from(wanted.sign_in_hash, 'UTF8') AND %s
            """.formatted(FailedAttempts.signInAllowed("wanted.sign_in_name", "wanted.sign_in_address",
            "wanted.sign_in_name_limit", "wanted.sign_in_address_limit")), NO_CSRF);

    private static final Map<SignedInUser.Via, Lookup> LOOKUPS = new EnumMap<>(Map.of(
            SignedInUser.Via.SESSION, SESSION, SignedInUser.Via.BEARER, BEARER, SignedInUser.Via.BASIC, BASIC));

    /**
     * The SQL that finds a caller offering one kind of secret, from the columns of {@link #WANTED}. Each kind has
     * statements of its own: with one text for all three, PostgreSQL's generic plan set up every kind's lookup at
     * each call, which made the review's write 15 % slower at the database (docs/PERFORMANCE.md, seventeenth
     * session). For Basic, the throttle's count is {@link FailedAttempts}': a name or an address that has used up its
     * failures finds no one.
     *
     * @param columns     the caller's columns, to be selected first: {@link #read} reads them from column 1
     * @param joins       the joins that find the caller ({@code u}, the account) after
     *                    {@code FROM (SELECT WANTED) wanted}
     * @param csrfMatches a condition on one {@code ?}, the CSRF token a request's header was checked against: the
     *                    session's own token; none for a Bearer token or Basic
     */
    public record Lookup(String columns, String joins, String csrfMatches) {
    }

    /** The lookup for callers that offer {@code via}. */
    public static Lookup lookup(SignedInUser.Via via) {
        return LOOKUPS.get(via);
    }

    /** One statement per kind of sign-in, made by {@code statement} from that kind's {@link Lookup}. */
    public static <T> Map<SignedInUser.Via, T> perKind(Function<Lookup, T> statement) {
        Map<SignedInUser.Via, T> statements = new EnumMap<>(SignedInUser.Via.class);
        LOOKUPS.forEach((via, lookup) -> statements.put(via, statement.apply(lookup)));
        return statements;
    }

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
            s.setBytes(first, hash);
            s.setString(first + 1, name);
            s.setString(first + 2, address);
            s.setObject(first + 3, nameLimit, Types.INTEGER);
            s.setObject(first + 4, addressLimit, Types.INTEGER);
            return first + 5;
        }

        /** Binds the named columns of {@link #WANTED_NAMED}. */
        public void bind(Map<String, Object> values) {
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
     * The caller that {@code offered} found by its {@link Lookup}, read from its columns at column 1; null when
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
