package org.tarikh.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is signed in, for templates ({@code inject:currentUser}) and services. Everything here comes from the
 * identity the sign-in mechanism built for this request: no database call.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return signedInUser() != null;
    }

    public String username() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.username();
    }

    /** The name the user goes by on pages (the username when none was given), or null when signed out. */
    public String displayName() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName();
    }

    /** The signed-in user's row id, or null when signed out. */
    public Long id() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.id();
    }

    public boolean teacher() {
        return identity.hasRole("teacher") || identity.hasRole("admin");
    }

    public boolean admin() {
        return identity.hasRole("admin");
    }

    /** True for a signed-in learner who has no time zone yet: the page then sends the browser's own. */
    public boolean needsTimeZone() {
        return signedIn() && timeZone() == null;
    }

    /** The signed-in user's time zone (null: none chosen yet, or signed out). */
    public String timeZone() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.timeZone();
    }

    /** The learner's daily limit of new cards (0 when signed out). */
    public int newCardsPerDay() {
        SignedInUser u = signedInUser();
        return u == null ? 0 : u.newCardsPerDay();
    }

    /** The share of cards the learner wants to still remember when they come due (FSRS's desired retention). */
    public double desiredRetention() {
        SignedInUser u = signedInUser();
        return u == null ? 0.9 : u.desiredRetention();
    }

    /** The learner's own FSRS weights as stored (comma-separated), or null for the defaults and when signed out. */
    public String fsrsParameters() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.fsrsParameters();
    }

    /** The request came with the sign-in cookie (not Basic or Bearer): it must carry the CSRF token. */
    public boolean viaSessionCookie() {
        SignedInUser u = signedInUser();
        return u != null && u.via() == SignedInUser.Via.SESSION;
    }

    /** The server-side session of a cookie-signed request, else null. */
    public Long sessionId() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.sessionId();
    }

    /** The CSRF token of a cookie-signed request's session, else null. */
    public String sessionCsrfToken() {
        SignedInUser u = signedInUser();
        return u == null ? null : u.csrfToken();
    }

    /** The whole signed-in user as the sign-in resolved it, or null when signed out. */
    public SignedInUser signedInUser() {
        return identity.isAnonymous() ? null : identity.getAttribute(SignedInUser.ATTRIBUTE);
    }
}
