package org.tarikh.bank.format;

/**
 * One problem in a bank or source file, printed as {@code file:line: question-id: message}. Not a {@link LineMessage}:
 * the validator reads a folder of files, so each error names its file and, when it has one, its question.
 */
public record LineError(String file, int line, String questionId, String message) {

    @Override
    public String toString() {
        String where = file + ":" + line + ": ";
        return questionId == null ? where + message : where + questionId + ": " + message;
    }
}
