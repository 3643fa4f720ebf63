package org.tarikh.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;
import org.tarikh.web.SignedInUser;

/** API tokens for scripts: created and revoked by their owner, checked in one indexed lookup of their hash. */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "tarikh_";
    static final int MAX_NAME = 80;
    static final int MAX_PER_USER = 50;
    /** How stale the last use may get before a request writes it again (one write per hour, not per request). */
    static final Duration TOUCH_AFTER = Duration.ofHours(1);

    /** A token as listed: never its secret. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** A token just created: the only time its secret is shown. */
    public record NewToken(long id, String name, String token, Instant createdAt) {
    }

    private final DataSource db;

    ApiTokens(DataSource db) {
        this.db = db;
    }

    public NewToken create(long userId, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of("name", "Give the token a name of 1 to " + MAX_NAME + " characters, such as the script that will use it.");
        }
        if (list(userId).size() >= MAX_PER_USER) {
            throw InvalidInput.of("name", "An account can have at most " + MAX_PER_USER + " tokens: revoke one first.");
        }
        String token = PREFIX + SecretTokens.newSecret();
        String sql = "INSERT INTO api_token (user_id, name, token_hash) VALUES (?, ?, ?) RETURNING id, created_at";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, userId);
            s.setString(2, clean);
            s.setBytes(3, SecretTokens.hash(token));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new NewToken(r.getLong(1), clean, token, r.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a token", e);
        }
    }

    public List<TokenInfo> list(long userId) {
        String sql = "SELECT id, name, created_at, last_used_at FROM api_token WHERE user_id = ? ORDER BY created_at, id";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, userId);
            List<TokenInfo> tokens = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp used = r.getTimestamp(4);
                    tokens.add(new TokenInfo(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant(),
                            used == null ? null : used.toInstant()));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list tokens", e);
        }
    }

    /** Revokes one of the user's own tokens; 404 for anyone else's. */
    public void revoke(long userId, long tokenId) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM api_token WHERE id = ? AND user_id = ?")) {
            s.setLong(1, tokenId);
            s.setLong(2, userId);
            if (s.executeUpdate() == 0) {
                throw new NotFound("You have no token with id " + tokenId + ".");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke a token", e);
        }
    }

    /** The user behind a token; its last use is written at most once an hour. */
    Optional<SignedInUser> find(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String sql = "SELECT t.id, t.last_used_at IS NULL OR t.last_used_at < now() - make_interval(secs => "
                + TOUCH_AFTER.toSeconds() + "), "
                + AccountColumns.SELECT + " FROM api_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE t.token_hash = ?";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setBytes(1, SecretTokens.hash(token));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                if (r.getBoolean(2)) {
                    try (PreparedStatement u = c.prepareStatement("UPDATE api_token SET last_used_at = now() WHERE id = ?")) {
                        u.setLong(1, r.getLong(1));
                        u.executeUpdate();
                    }
                }
                return Optional.of(AccountColumns.read(r, 3, SignedInUser.Via.BEARER, null, null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a token", e);
        }
    }
}
