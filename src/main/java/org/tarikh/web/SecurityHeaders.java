package org.tarikh.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/** Adds the security headers to every response, pages, assets and errors alike, and keeps redirects relative. */
@Singleton
public class SecurityHeaders {

    /**
     * Before sign-in (order -200) and the authorization check (-100), so that their refusals carry the headers too.
     * A plain router handler: as a {@code @RouteFilter} it cost a CDI request context and a bean lookup per request.
     */
    static final int ORDER = -210;

    /** No inline scripts anywhere; inline styles stay allowed for htmx's indicators and Chart.js canvases. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI boots itself with an inline script: it alone gets that allowance. */
    static final String SWAGGER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    // Made once as Netty's ASCII strings: the response writes them out with a copy instead of a character at a time,
    // and their hash codes are kept (eight headers on every response, the next card's included).
    private static final CharSequence CSP_HEADER = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CSP);
    private static final CharSequence SWAGGER_CSP_VALUE = HttpHeaders.createOptimized(SWAGGER_CSP);
    private static final List<Header> ALWAYS = List.of(
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("X-Frame-Options", "DENY"),
            new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
            new Header("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
            new Header("Cross-Origin-Opener-Policy", "same-origin"));
    private static final Header NO_STORE = new Header("Cache-Control", "no-store");

    private record Header(CharSequence name, CharSequence value) {
        Header(String name, String value) {
            this(HttpHeaders.createOptimized(name), HttpHeaders.createOptimized(value));
        }
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(SecurityHeaders::addHeaders);
    }

    static void addHeaders(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        boolean swagger = rc.normalizedPath().startsWith("/q/swagger-ui");
        headers.set(CSP_HEADER, swagger ? SWAGGER_CSP_VALUE : CSP_VALUE);
        for (Header header : ALWAYS) {
            headers.set(header.name(), header.value());
        }
        if (!isStaticAsset(rc.normalizedPath())) {
            // Pages and JSON may show answers (results, card backs, exports, reports): no cache may keep them.
            headers.set(NO_STORE.name(), NO_STORE.value());
        }
        rc.addHeadersEndHandler(ignored -> relativeLocation(rc));
        rc.next();
    }

    static boolean isStaticAsset(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.svg");
    }

    /**
     * JAX-RS turns a relative redirect into an absolute one built from the request's Host header, which a client
     * can set to anything. Redirects to this site go out relative, so no header decides where a browser is sent.
     */
    private static void relativeLocation(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        String location = headers.get("Location");
        if (location == null) {
            return;
        }
        int scheme = location.indexOf("://");
        if (scheme > 0 && scheme < 6) {
            String host = rc.request().getHeader("Host");
            String rest = location.substring(scheme + 3);
            if (host != null && rest.startsWith(host)) {
                String path = rest.substring(host.length());
                headers.set("Location", path.isEmpty() || path.charAt(0) != '/' ? "/" + path : path);
            }
        }
    }
}
