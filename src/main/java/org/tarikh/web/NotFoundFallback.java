package org.tarikh.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.tarikh.failure.NotFound;

/**
 * Answers any address that nothing else served. It re-routes to a resource that throws {@link NotFound}, so
 * the one error path renders the answer: the JSON error under /api, the 404 page elsewhere.
 */
@Path("/")
public class NotFoundFallback {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(rc ->
                rc.reroute(HttpMethod.GET, rc.normalizedPath().startsWith("/api/") ? "/api/_not-found" : "/_not-found"));
    }

    @GET
    @Path("_not-found")
    public String page() {
        throw new NotFound("There is nothing at this address.");
    }

    @GET
    @Path("api/_not-found")
    public String api() {
        throw new NotFound("There is no such API route.");
    }
}
