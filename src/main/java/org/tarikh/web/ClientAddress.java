package org.tarikh.web;

import io.vertx.core.http.HttpServerRequest;

/** The client's address as this server sees it (the balancer's forwarded one when so configured). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    }
}
