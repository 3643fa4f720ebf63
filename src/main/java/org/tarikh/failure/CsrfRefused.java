package org.tarikh.failure;

/** A state-changing request came without its CSRF token (or with a stale one): 403. */
public class CsrfRefused extends RuntimeException {

    public CsrfRefused() {
        super("This request did not carry its security token. Reload the page and try again.");
    }
}
