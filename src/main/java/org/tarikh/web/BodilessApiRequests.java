package org.tarikh.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * An API call such as {@code POST /api/v1/quizzes/{id}/finish} carries no body, and clients send it with no
 * Content-Type or with an empty form type, which a JSON endpoint would refuse as the wrong media type. An empty
 * API call is therefore marked as (empty) JSON. The CSRF check does not depend on the type: see CsrfGuard.
 */
@Singleton
public class BodilessApiRequests {

    /** After sign-in and the authorization check, before the REST layer; a plain handler, as SecurityHeaders says. */
    void install(@Observes Router router) {
        router.route().order(-90).handler(BodilessApiRequests::markAsJson);
    }

    static void markAsJson(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        boolean writes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean empty = "0".equals(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        boolean emptyForm = type != null && type.startsWith("application/x-www-form-urlencoded") && empty;
        if (writes && rc.normalizedPath().startsWith("/api/") && (type == null || emptyForm)) {
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        rc.next();
    }
}
