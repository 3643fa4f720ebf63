package org.tarikh.bank.transfer;

/** A question block GIFT cannot make sense of; the reader records it and goes on with the next block. */
final class GiftSyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int line;

    GiftSyntaxError(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    LineMessage toLineMessage() {
        return new LineMessage(line, getMessage());
    }
}
