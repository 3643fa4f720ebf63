package org.tarikh.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes bcrypt hashes at the configured cost ({@code tarikh.account.bcrypt-cost}, 10 by default). The tests set 4:
 * they sign in thousands of times, and the cost changes only how long a hash takes, not what is checked.
 */
@ApplicationScoped
public class PasswordHashes {

    private final int cost;
    private final String noSuchUser;

    PasswordHashes(@ConfigProperty(name = "tarikh.account.bcrypt-cost", defaultValue = "10") int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("tarikh.account.bcrypt-cost must be between 4 and 31, not " + cost);
        }
        this.cost = cost;
        this.noSuchUser = hash("no such user: nothing matches this");
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** Compared against when the username is unknown, so that a wrong name takes as long as a wrong password. */
    String noSuchUser() {
        return noSuchUser;
    }
}
