package org.tarikh.failure;

/** Too many failed attempts (sign-in, join codes): 429 with {@code Retry-After}. */
public class TooManyAttempts extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyAttempts(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
