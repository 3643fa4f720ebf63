package org.tarikh.signin;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sign-in cookie: a random session secret, HttpOnly, SameSite=Lax, Secure whenever the page came over HTTPS. */
@ApplicationScoped
public class SessionCookie {

    private final String name;

    // The first version's cookie name, kept so that scripts which read it by name go on working.
    SessionCookie(@ConfigProperty(name = "tarikh.session.cookie-name", defaultValue = "quarkus-credential") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    NewCookie issue(String secret, HttpServerRequest request) {
        return new NewCookie.Builder(name).value(secret).path("/").httpOnly(true).secure(secure(request))
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) Sessions.ABSOLUTE.toSeconds()).build();
    }

    NewCookie expired(HttpServerRequest request) {
        return new NewCookie.Builder(name).value("").path("/").httpOnly(true).secure(secure(request))
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    Cookie expired(RoutingContext rc) {
        return Cookie.cookie(name, "").setPath("/").setHttpOnly(true).setSecure(secure(rc.request()))
                .setSameSite(CookieSameSite.LAX).setMaxAge(0);
    }

    private static boolean secure(HttpServerRequest request) {
        return "https".equalsIgnoreCase(request.scheme());
    }
}
