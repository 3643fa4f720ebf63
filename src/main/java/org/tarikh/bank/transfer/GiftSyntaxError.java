package org.tarikh.bank.transfer;

import org.tarikh.bank.format.LineMessage;

/**
 * A question block GIFT cannot make sense of; the reader records it as a {@link LineMessage} and goes on with the next
 * block. An exception rather than a returned message because it leaves the block's parse from any depth at once.
 */
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
