package org.tarikh.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** Adds the security headers to every response, pages, assets and errors alike. */
public class SecurityHeaders {

    /** No inline scripts anywhere; inline styles stay allowed for htmx's indicators and Chart.js canvases. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI boots itself with an inline script: it alone gets that allowance. */
    static final String SWAGGER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    @RouteFilter(100)
    void addHeaders(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        boolean swagger = rc.normalizedPath().startsWith("/q/swagger-ui");
        headers.set("Content-Security-Policy", swagger ? SWAGGER_CSP : CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        rc.next();
    }
}
