package org.tarikh.web;

/** A refusal answered with HTTP 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
