package org.tarikh.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tarikh.failure.InvalidInput;

/**
 * {@code ?page=} and {@code ?size=} on every API list, checked before the route converts them: a value that
 * is not a whole number, or too large for one, is a 400 naming it (the JAX-RS default would be a 404), and the
 * ranges are those of {@link Paged#check}.
 */
public class PagingParameters {

    private static final int DEFAULT_SIZE = 20;

    @ServerRequestFilter(preMatching = true)
    public void checkPaging(RoutingContext rc, ContainerRequestContext request) {
        // Read from the raw request first: this runs on every request, and most have no paging at all.
        String rawQuery = rc.request().query();
        if (rawQuery == null || !rawQuery.contains("page") && !rawQuery.contains("size") && rawQuery.indexOf('%') < 0) {
            return;
        }
        if (!rc.normalizedPath().startsWith("/api/")) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!query.containsKey("page") && !query.containsKey("size")) {
            return;
        }
        long page = wholeNumber(query, "page", 0);
        long size = wholeNumber(query, "size", DEFAULT_SIZE);
        Paged.check(page, size);
    }

    private static long wholeNumber(MultivaluedMap<String, String> query, String name, long absent) {
        String text = query.getFirst(name);
        if (text == null) {
            return absent;
        }
        try {
            long value = Long.parseLong(text);
            if (value > Integer.MAX_VALUE) {
                throw InvalidInput.of(name, name + " is too large: " + text + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, name + " must be a whole number, not '" + text + "'.");
        }
    }
}
