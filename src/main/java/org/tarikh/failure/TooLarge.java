package org.tarikh.failure;

/** A refusal answered with HTTP 413: the request body is larger than the route takes. */
public class TooLarge extends RuntimeException {

    public TooLarge(String message) {
        super(message);
    }
}
