package org.tarikh.signin;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.tarikh.web.CurrentUser;

/**
 * The CSRF token for forms ({@code inject:csrf.token}) and the layout's meta tag. Signed in with the cookie, it
 * is the session's own token, kept on the server; before signing in (the sign-in and registration forms) it is
 * a random value that the browser also holds in a cookie of its own, and the form must send it back.
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

    static final String FIELD = "csrf-token";
    static final String HEADER = "X-CSRF-Token";
    static final String VISITOR_COOKIE = "tarikh-csrf";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CurrentUser currentUser;
    private final CurrentVertxRequest request;
    private String visitorToken;

    CsrfTokens(CurrentUser currentUser, CurrentVertxRequest request) {
        this.currentUser = currentUser;
        this.request = request;
    }

    public String parameterName() {
        return FIELD;
    }

    public String token() {
        if (currentUser.viaSessionCookie()) {
            return currentUser.sessionCsrfToken();
        }
        if (visitorToken == null) {
            visitorToken = visitorCookie();
            if (visitorToken == null) {
                visitorToken = SecretTokens.newSecret();
                RoutingContext rc = request.getCurrent();
                if (rc != null && !rc.response().headWritten()) {
                    rc.response().addCookie(Cookie.cookie(VISITOR_COOKIE, visitorToken).setPath("/").setHttpOnly(true)
                            .setSameSite(CookieSameSite.LAX).setSecure("https".equalsIgnoreCase(rc.request().scheme())));
                }
            }
        }
        return visitorToken;
    }

    /** The token a state-changing request must carry, or null when it needs none (Basic, Bearer, anonymous API). */
    String expected() {
        if (currentUser.viaSessionCookie()) {
            return currentUser.sessionCsrfToken();
        }
        if (currentUser.signedIn()) {
            return null;
        }
        RoutingContext rc = request.getCurrent();
        boolean page = rc != null && !rc.normalizedPath().startsWith("/api/");
        return page ? orEmpty(visitorCookie()) : null;
    }

    private String visitorCookie() {
        RoutingContext rc = request.getCurrent();
        Cookie cookie = rc == null ? null : rc.request().getCookie(VISITOR_COOKIE);
        return cookie != null && SECRET.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }

    /** No cookie: nothing the request sends can match. */
    private static String orEmpty(String token) {
        return token == null ? "" : token;
    }
}
