package org.tarikh.web;

import jakarta.ws.rs.core.Response;

/** Responses that show answers: no cache (the browser's, a proxy's) may keep them for the next person or tab. */
public final class NoStore {

    public static final String HEADER = "Cache-Control";
    public static final String VALUE = "no-store";

    private NoStore() {
    }

    public static Response ok(Object entity) {
        return of(Response.ok(entity));
    }

    public static Response of(Response.ResponseBuilder builder) {
        return builder.header(HEADER, VALUE).build();
    }
}
