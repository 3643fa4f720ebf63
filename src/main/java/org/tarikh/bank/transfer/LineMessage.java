package org.tarikh.bank.transfer;

/** A problem (or a note about something skipped) at a line of an imported file; lines count from 1. */
public record LineMessage(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
