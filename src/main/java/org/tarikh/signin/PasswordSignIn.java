package org.tarikh.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.tarikh.signin.FailedAttempts.Kind;
import org.tarikh.web.SignedInUser;

/** Checks a username and password (sign-in form and HTTP Basic alike), throttled per username and per address. */
@ApplicationScoped
public class PasswordSignIn {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,32}");
    private static final String ACCOUNT = "SELECT " + AccountColumns.SELECT + ", u.password_hash FROM app_user u "
            + "WHERE u.username = ?";

    private final DataSource db;
    private final FailedAttempts failures;
    private final VerifiedPasswords passwords;
    private final PasswordHashes hashes;

    PasswordSignIn(DataSource db, FailedAttempts failures, VerifiedPasswords passwords, PasswordHashes hashes) {
        this.db = db;
        this.failures = failures;
        this.passwords = passwords;
        this.hashes = hashes;
    }

    /**
     * The account, when the password is right; empty (and one more failure counted) when not.
     *
     * @throws org.tarikh.failure.TooManyAttempts when this username or address has failed too often lately
     */
    public Optional<SignedInUser> check(String username, String password, String address, SignedInUser.Via via) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<Row> row = throttledLoad(name, address);
        boolean right;
        if (row.isPresent() && password != null) {
            right = passwords.matches(name, password, row.get().passwordHash());
        } else {
            BcryptUtil.matches(password == null ? "" : password, hashes.noSuchUser());
            right = false;
        }
        if (!right) {
            failures.recordFailure(Kind.SIGN_IN, name, address);
            return Optional.empty();
        }
        SignedInUser u = row.get().account();
        return Optional.of(new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.timeZone(),
                u.newCardsPerDay(), u.desiredRetention(), u.fsrsParameters(), via, null, null));
    }

    /** A username as accounts are looked up by (trimmed, lower case); null when no account can have it. */
    static String normalName(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        return USERNAME.matcher(name).matches() ? name : null;
    }

    /** The current password is right (a password change asks for it again), without throttling or counting. */
    public boolean confirms(String username, String password) {
        return password != null && USERNAME.matcher(username).matches() && load(username).map(r -> BcryptUtil.matches(password, r.passwordHash())).orElse(false);
    }

    /** After a successful sign-in through the form, earlier slips of this name are forgotten. */
    public void forgetFailures(String username) {
        failures.forget(Kind.SIGN_IN, username);
    }

    private record Row(SignedInUser account, String passwordHash) {
    }

    /**
     * The account of a name, after the throttling check (429 when the name or the address has failed too often):
     * both queries in one round trip, the check first.
     */
    private Optional<Row> throttledLoad(String name, String address) {
        String sql = FailedAttempts.CHECK + "; " + ACCOUNT;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int next = FailedAttempts.bindCheck(s, 1, Kind.SIGN_IN, name, address);
            // A name that cannot exist is looked up as one that matches nothing: the check still runs first.
            s.setString(next, USERNAME.matcher(name).matches() ? name : "");
            s.execute();
            try (ResultSet check = s.getResultSet()) {
                failures.refuseIfUsedUp(check, Kind.SIGN_IN);
            }
            if (!s.getMoreResults()) {
                throw new SQLException("no account rows after the throttling check");
            }
            try (ResultSet r = s.getResultSet()) {
                return row(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account", e);
        }
    }

    private Optional<Row> load(String username) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(ACCOUNT)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return row(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account", e);
        }
    }

    private static Optional<Row> row(ResultSet r) throws SQLException {
        return r.next() ? Optional.of(new Row(AccountColumns.read(r, 1, SignedInUser.Via.BASIC, null, null),
                r.getString(AccountColumns.COUNT + 1))) : Optional.empty();
    }
}
