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
        failures.checkAllowed(Kind.SIGN_IN, name, address);
        Optional<Row> row = USERNAME.matcher(name).matches() ? load(name) : Optional.empty();
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

    private Optional<Row> load(String username) {
        String sql = "SELECT " + AccountColumns.SELECT + ", u.password_hash FROM app_user u WHERE u.username = ?";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Row(AccountColumns.read(r, 1, SignedInUser.Via.BASIC, null, null),
                        r.getString(AccountColumns.COUNT + 1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account", e);
        }
    }
}
