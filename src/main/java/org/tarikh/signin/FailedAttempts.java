package org.tarikh.signin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tarikh.failure.TooManyAttempts;

/**
 * Throttles guessing (passwords, join codes) by counting failures in PostgreSQL over a sliding window, so the
 * limit holds across every node: at most {@code perSubject} failures for one username (or one account's join
 * attempts) and {@code perAddress} from one address. Refused attempts are not counted.
 */
@ApplicationScoped
public class FailedAttempts {

    /** What is being guessed. */
    public enum Kind {
        SIGN_IN("sign-in"), JOIN_CODE("join-code");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEY = 64;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final DataSource db;
    private final int perSubject;
    private final int perAddress;

    FailedAttempts(DataSource db,
                   @ConfigProperty(name = "tarikh.throttle.failures-per-subject", defaultValue = "10") int perSubject,
                   @ConfigProperty(name = "tarikh.throttle.failures-per-address", defaultValue = "50") int perAddress) {
        this.db = db;
        this.perSubject = perSubject;
        this.perAddress = perAddress;
    }

    /**
     * The failures counted against a subject and an address: sent alone by {@link #checkAllowed}, or ahead of
     * another query in the same round trip (a password sign-in sends the account's read with it). Bind it with
     * {@link #bindCheck}, read its one row with {@link #refuseIfUsedUp}.
     */
    static final String CHECK = "SELECT count(*) FILTER (WHERE subject = ?), min(failed_at) FILTER (WHERE subject = ?), "
            + "count(*) FILTER (WHERE address = ?), min(failed_at) FILTER (WHERE address = ?), now() "
            + "FROM failed_attempt WHERE kind = ? AND failed_at > now() - make_interval(secs => ?) "
            + "AND (subject = ? OR address = ?)";

    /**
     * The same rule as {@link #CHECK} and {@link #refuseIfUsedUp}, as a condition inside another statement (the hot
     * statements' sign-in, {@link JoinedSignIn}): true while neither the subject nor the address has used up its
     * sign-in failures. The arguments are SQL expressions for the subject, the address and their two limits.
     */
    static String signInAllowed(String subject, String address, String subjectLimit, String addressLimit) {
        return """
                (SELECT count(*) FILTER (WHERE f.subject = %1$s) < %3$s AND count(*) FILTER (WHERE f.address = %2$s) < %4$s
                   FROM failed_attempt f WHERE f.kind = '%5$s' AND f.failed_at > now() - make_interval(secs => %6$d)
                     AND (f.subject = %1$s OR f.address = %2$s))""".formatted(subject, address, subjectLimit,
                addressLimit, Kind.SIGN_IN.code, WINDOW.toSeconds());
    }

    /** How many failures one subject may have in the window before it is refused. */
    int perSubject() {
        return perSubject;
    }

    /** How many failures one address may have in the window before it is refused. */
    int perAddress() {
        return perAddress;
    }

    /** Throws 429 when the subject or the address has used up its failures for now. */
    public void checkAllowed(Kind kind, String subject, String address) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(CHECK)) {
            bindCheck(s, 1, kind, subject, address);
            try (ResultSet r = s.executeQuery()) {
                refuseIfUsedUp(r, kind);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read failed attempts", e);
        }
    }

    /** Binds {@link #CHECK}'s parameters from {@code first} on; returns the index after them. */
    static int bindCheck(PreparedStatement s, int first, Kind kind, String subject, String address) throws SQLException {
        String key = key(subject);
        String from = key(address);
        s.setString(first, key);
        s.setString(first + 1, key);
        s.setString(first + 2, from);
        s.setString(first + 3, from);
        s.setString(first + 4, kind.code);
        s.setLong(first + 5, WINDOW.toSeconds());
        s.setString(first + 6, key);
        s.setString(first + 7, from);
        return first + 8;
    }

    /** Reads {@link #CHECK}'s row: 429 when the subject or the address has used up its failures for now. */
    void refuseIfUsedUp(ResultSet r, Kind kind) throws SQLException {
        r.next();
        Timestamp now = r.getTimestamp(5);
        if (r.getLong(1) >= perSubject) {
            throw refused(kind, r.getTimestamp(2), now);
        }
        if (r.getLong(3) >= perAddress) {
            throw refused(kind, r.getTimestamp(4), now);
        }
    }

    public void recordFailure(Kind kind, String subject, String address) {
        run("INSERT INTO failed_attempt (kind, subject, address) VALUES (?, ?, ?)", kind.code, key(subject), key(address));
    }

    /** A success proves the owner: their earlier slips no longer count against the name. */
    public void forget(Kind kind, String subject) {
        run("DELETE FROM failed_attempt WHERE kind = ? AND subject = ?", kind.code, key(subject));
    }

    int removeOld() {
        return run("DELETE FROM failed_attempt WHERE failed_at < now() - interval '1 day'");
    }

    /** Outside any transaction of the caller: the failure that made the caller roll back must still count. */
    private int run(String sql, String... values) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                return s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not record a failed attempt", e);
            }
        });
    }

    private static TooManyAttempts refused(Kind kind, Timestamp oldest, Timestamp now) {
        long wait = WINDOW.toSeconds() - Duration.between(oldest.toInstant(), now.toInstant()).toSeconds();
        String what = kind == Kind.SIGN_IN ? "sign-in attempts" : "wrong join codes";
        return new TooManyAttempts("Too many " + what + ". Please wait " + minutes(wait) + " and try again.", wait);
    }

    private static String minutes(long seconds) {
        long m = Math.max(1, (seconds + 59) / 60);
        return m == 1 ? "a minute" : m + " minutes";
    }

    /** A name or an address as the throttle stores and counts it. */
    static String key(String value) {
        // Anything may be typed as a username: control characters (NUL above all) cannot be stored, and need not be.
        String v = value == null ? "" : CONTROL.matcher(value.strip().toLowerCase()).replaceAll("?");
        return v.length() > MAX_KEY ? v.substring(0, MAX_KEY) : v;
    }
}
