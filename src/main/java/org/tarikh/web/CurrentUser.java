package org.tarikh.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in, for templates ({@code inject:currentUser}) and services. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

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

    /** True for a signed-in learner who has no time zone yet: the page then sends the browser's own. */
    @jakarta.transaction.Transactional
    public boolean needsTimeZone() {
        return signedIn() && org.tarikh.account.User.findByUsername(username()).map(u -> u.timeZone == null).orElse(false);
    }
}
