package org.tarikh.bank.format;

/** One problem in a bank or source file, printed as {@code file:line: question-id: message}. */
public record LineError(String file, int line, String questionId, String message) {

    @Override
    public String toString() {
        String where = file + ":" + line + ": ";
        return questionId == null ? where + message : where + questionId + ": " + message;
    }
}
