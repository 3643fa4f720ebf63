package org.tarikh.bank.transfer;

import java.util.List;

/** A written file and the questions it could not express, so that none vanish silently. */
public record ExportedFile(String text, List<Skipped> skipped) {

    /** A question left out of the file, and why. */
    public record Skipped(String questionId, String type, String reason) {
    }

    public ExportedFile {
        skipped = List.copyOf(skipped);
    }
}
