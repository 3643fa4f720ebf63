package org.tarikh.review.optimizer;

/**
 * A revlog CSV that cannot be read, with the line and the field at fault. Not a {@code LineMessage}: reading stops at
 * the first bad line, the column is named too, and the optimizer is pure (it may not use {@code bank.format}).
 */
public final class RevlogFormatException extends RuntimeException {

    private final int line;
    private final String field;

    public RevlogFormatException(int line, String field, String problem) {
        super("line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    /** The column name, or null when the problem is the line as a whole. */
    public String field() {
        return field;
    }
}
