package org.tarikh.failure;

/** A refusal answered with HTTP 403. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
