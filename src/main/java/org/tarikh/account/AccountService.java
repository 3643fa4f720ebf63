package org.tarikh.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.signin.PasswordHashes;
import org.tarikh.signin.PasswordSignIn;
import org.tarikh.signin.Sessions;

/** Creating accounts and changing their roles. */
@ApplicationScoped
public class AccountService {

    private final Clock clock;
    private final PasswordSignIn passwords;
    private final Sessions sessions;
    private final PasswordHashes hashes;

    AccountService(Clock clock, PasswordSignIn passwords, Sessions sessions, PasswordHashes hashes) {
        this.clock = clock;
        this.passwords = passwords;
        this.sessions = sessions;
        this.hashes = hashes;
    }

    /** Registers a learner; 400 for a bad name or weak password, 409 when the name is taken. */
    @Transactional
    public User register(String username, String password, String displayName) {
        List<ErrorDetail> details = AccountRules.checkRegistration(username, password, displayName);
        if (!details.isEmpty()) {
            throw new InvalidInput("The account could not be created: " + details.get(0).message(), details);
        }
        return create(username, password, displayName, Role.LEARNER);
    }

    /** Creates an account with the given role; the password is stored as a bcrypt hash only. */
    @Transactional
    public User create(String username, String password, String displayName, Role role) {
        if (User.findByUsername(username).isPresent()) {
            throw taken(username);
        }
        User user = new User();
        user.username = username;
        String shown = AccountRules.displayName(displayName);
        user.displayName = shown == null || shown.isEmpty() ? username : shown;
        user.passwordHash = hashes.hash(password);
        user.role = role;
        user.desiredRetention = 0.90;
        user.newCardsPerDay = 20;
        user.createdAt = clock.instant();
        try {
            user.persistAndFlush();
        } catch (PersistenceException e) {
            // Two registrations of one name raced past the check above: the unique constraint decides.
            throw taken(username);
        }
        return user;
    }

    @Transactional
    public User changeRole(String username, String roleCode) {
        Role role = Role.fromCode(roleCode).orElseThrow(() -> InvalidInput.of("role",
                "The role must be one of learner, teacher or admin, not '" + roleCode + "'."));
        User user = User.require(username);
        if (user.role == Role.ADMIN && role != Role.ADMIN && otherAdmins(user) == 0) {
            throw new Conflict("'" + username + "' is the last admin: make another account admin first.");
        }
        user.role = role;
        return user;
    }

    /** Counts the other admins, holding their rows so that two admins cannot demote each other at once. */
    private static long otherAdmins(User user) {
        return User.find("role = ?1 and id <> ?2", Role.ADMIN, user.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().size();
    }

    /**
     * Changes a password after checking the current one, and ends the user's other sessions (the one making the
     * change, {@code keepSession}, stays open). API tokens stay: they are revoked on their own.
     */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, Long keepSession) {
        User user = User.findById(userId);
        if (user == null) {
            throw new org.tarikh.failure.NotFound("No such account.");
        }
        List<ErrorDetail> details = new java.util.ArrayList<>();
        if (!passwords.confirms(user.username, currentPassword)) {
            details.add(ErrorDetail.field("currentPassword", "The current password is not right."));
        }
        AccountRules.checkPassword("newPassword", newPassword, details);
        if (!details.isEmpty()) {
            throw new InvalidInput("The password was not changed: " + details.get(0).message(), details);
        }
        user.passwordHash = hashes.hash(newPassword);
        user.flush();
        sessions.endAllOf(user.id, keepSession);
    }

    private static Conflict taken(String username) {
        return new Conflict("The username '" + username + "' is already taken.");
    }
}
