package org.tarikh.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a request offered to prove who it is: the session cookie, a Bearer token, or a Basic username and password. */
final class Credentials extends BaseAuthenticationRequest {

    enum Kind { SESSION, BEARER, BASIC }

    final Kind kind;
    final String secret;
    final String username;
    final String address;

    private Credentials(Kind kind, String secret, String username, String address) {
        this.kind = kind;
        this.secret = secret;
        this.username = username;
        this.address = address;
    }

    static Credentials session(String cookieValue, String address) {
        return new Credentials(Kind.SESSION, cookieValue, null, address);
    }

    static Credentials bearer(String token, String address) {
        return new Credentials(Kind.BEARER, token, null, address);
    }

    static Credentials basic(String username, String password, String address) {
        return new Credentials(Kind.BASIC, password, username, address);
    }
}
