package org.tarikh.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tarikh.account.User;

/** Who is signed in, for templates ({@code inject:currentUser}) and services. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private String zone;
    private boolean zoneRead;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    public boolean teacher() {
        return identity.hasRole("teacher") || identity.hasRole("admin");
    }

    public boolean admin() {
        return identity.hasRole("admin");
    }

    /**
     * True for a signed-in learner who has no time zone yet: the page then sends the browser's own. Error pages
     * can be rendered on an I/O thread, where no database call is allowed: there it is simply false.
     */
    public boolean needsTimeZone() {
        if (!signedIn() || io.vertx.core.Context.isOnEventLoopThread()) {
            return false;
        }
        try {
            return timeZone() == null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The signed-in user's time zone (null: none chosen yet, or signed out), read once per request. */
    public String timeZone() {
        if (!zoneRead) {
            zone = !signedIn() ? null : QuarkusTransaction.joiningExisting().call(() ->
                    User.findByUsername(username()).map(u -> u.timeZone).orElse(null));
            zoneRead = true;
        }
        return zone;
    }
}
