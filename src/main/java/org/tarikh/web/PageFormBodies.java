package org.tarikh.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A page's form takes a form body (URL-encoded or multipart) and nothing else: a JSON or XML body sent to a
 * page is a 415, not a form re-shown without its fields (and without the CSRF token its template expects).
 * Requests without a body type are left alone, and so is the JSON API.
 */
public class PageFormBodies {

    @ServerRequestFilter(preMatching = true)
    public void onlyFormsToPages(RoutingContext rc, ContainerRequestContext request) {
        String type = request.getHeaderString("Content-Type");
        if (type == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return;
        }
        String path = rc.normalizedPath(); // decoded and without dot segments, as routed
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("application/x-www-form-urlencoded") && !lower.startsWith("multipart/form-data")) {
            throw new NotSupportedException("Pages take forms (application/x-www-form-urlencoded or multipart/form-data),"
                    + " not " + type + ".");
        }
    }
}
