package org.tarikh.failure;

/** A refusal answered with HTTP 409; the code is the body's {@code error} ("conflict" unless a caller needs to tell it apart). */
public class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String message) {
        this("conflict", message);
    }

    public Conflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
