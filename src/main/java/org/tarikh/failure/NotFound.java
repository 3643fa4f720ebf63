package org.tarikh.failure;

/** A refusal answered with HTTP 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
