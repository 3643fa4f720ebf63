package org.tarikh.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the {@code admin} account at start-up when TARIKH_ADMIN_PASSWORD is set and no admin exists yet. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "tarikh.admin.password")
    Optional<String> adminPassword;

    private final AccountService accounts;

    AdminBootstrap(AccountService accounts) {
        this.accounts = accounts;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (adminPassword.isEmpty() || User.findByUsername("admin").isPresent()) {
            return;
        }
        if (adminPassword.get().length() < AccountRules.MIN_PASSWORD) {
            LOG.errorf("TARIKH_ADMIN_PASSWORD is shorter than %d characters: no admin account was created.",
                    AccountRules.MIN_PASSWORD);
            return;
        }
        accounts.create("admin", adminPassword.get(), "Administrator", Role.ADMIN);
        LOG.info("Created the admin account from TARIKH_ADMIN_PASSWORD.");
    }
}
