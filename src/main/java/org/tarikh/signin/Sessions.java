package org.tarikh.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.tarikh.web.SignedInUser;

/**
 * Sign-in sessions kept in PostgreSQL, so that every node sees a sign-out at once. A session lasts while it is
 * used (idle for at most {@link #IDLE}) and never longer than {@link #ABSOLUTE}.
 */
@ApplicationScoped
public class Sessions {

    static final Duration IDLE = Duration.ofDays(7);
    static final Duration ABSOLUTE = Duration.ofDays(30);
    /** How stale the last-seen time may get before a request writes it again (one write per half hour, not per request). */
    static final Duration TOUCH_AFTER = Duration.ofMinutes(30);

    /** A session just started: the secret goes into the cookie and is never stored. */
    public record Started(String secret, long id) {
    }

    private final DataSource db;

    Sessions(DataSource db) {
        this.db = db;
    }

    public Started start(long userId) {
        String secret = SecretTokens.newSecret();
        String sql = "INSERT INTO user_session (user_id, token_hash, csrf_token, expires_at) "
                + "VALUES (?, ?, ?, now() + make_interval(secs => ?)) RETURNING id";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, userId);
            s.setBytes(2, SecretTokens.hash(secret));
            s.setString(3, SecretTokens.newSecret());
            s.setLong(4, IDLE.toSeconds());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Started(secret, r.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not start a session", e);
        }
    }

    /** The user behind a cookie's secret, when its session is still open. */
    Optional<SignedInUser> find(String secret) {
        String sql = "SELECT s.id, s.csrf_token, s.last_seen_at < now() - make_interval(secs => ?) AS stale, "
                + AccountColumns.SELECT + " FROM user_session s JOIN app_user u ON u.id = s.user_id "
                + "WHERE s.token_hash = ? AND s.expires_at > now()";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, TOUCH_AFTER.toSeconds());
            s.setBytes(2, SecretTokens.hash(secret));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long sessionId = r.getLong(1);
                if (r.getBoolean(3)) {
                    touch(c, sessionId);
                }
                return Optional.of(AccountColumns.read(r, 4, SignedInUser.Via.SESSION, sessionId, r.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the session", e);
        }
    }

    private static void touch(Connection c, long sessionId) throws SQLException {
        String sql = "UPDATE user_session SET last_seen_at = now(), "
                + "expires_at = LEAST(now() + make_interval(secs => ?), created_at + make_interval(secs => ?)) WHERE id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, IDLE.toSeconds());
            s.setLong(2, ABSOLUTE.toSeconds());
            s.setLong(3, sessionId);
            s.executeUpdate();
        }
    }

    /** Ends one session (sign-out). */
    public void end(long sessionId) {
        update("DELETE FROM user_session WHERE id = ?", sessionId);
    }

    /** Ends every session of a user but {@code keep} (null: all), as a password change does. */
    public void endAllOf(long userId, Long keep) {
        if (keep == null) {
            update("DELETE FROM user_session WHERE user_id = ?", userId);
        } else {
            update("DELETE FROM user_session WHERE user_id = ? AND id <> ?", userId, keep);
        }
    }

    /** Removes expired sessions; returns how many. */
    int removeExpired() {
        return update("DELETE FROM user_session WHERE expires_at <= now()");
    }

    private int update(String sql, long... values) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setLong(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change sessions", e);
        }
    }
}
