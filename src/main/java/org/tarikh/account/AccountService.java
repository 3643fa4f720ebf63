package org.tarikh.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.tarikh.web.Conflict;
import org.tarikh.web.InvalidInput;
import org.tarikh.web.Problem;

/** Creating accounts and changing their roles. */
@ApplicationScoped
public class AccountService {

    private final Clock clock;

    AccountService(Clock clock) {
        this.clock = clock;
    }

    /** Registers a learner; 400 for a bad name or weak password, 409 when the name is taken. */
    @Transactional
    public User register(String username, String password, String displayName) {
        List<Problem> problems = AccountRules.checkRegistration(username, password, displayName);
        if (!problems.isEmpty()) {
            throw new InvalidInput("The account could not be created: " + problems.get(0).message(), problems);
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
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role.code();
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
        user.role = role.code();
        return user;
    }

    private static Conflict taken(String username) {
        return new Conflict("The username '" + username + "' is already taken.");
    }
}
