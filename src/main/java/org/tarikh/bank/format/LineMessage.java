package org.tarikh.bank.format;

/**
 * A problem (or a note about something skipped) at a line of one file being read; lines count from 1. The YAML reader's
 * syntax errors and every import format's errors, skips and notes (an import reply's {@code {line, message}}).
 */
public record LineMessage(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
