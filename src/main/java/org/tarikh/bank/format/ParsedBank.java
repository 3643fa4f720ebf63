package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read bank file: the bank (null when the file could not be read at all; otherwise its header and the
 * questions that passed), the line of each question by id, the folder's source (null outside a folder),
 * and every error. A bank with any error has failed: the app skips it and loads the others.
 */
public record ParsedBank(String file, BankFile bank, Map<String, Integer> lines, SourceFile source, List<LineError> errors) {

    public ParsedBank {
        lines = Map.copyOf(lines);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The line where question {@code id} starts, or 1 when unknown. */
    public int lineOf(String id) {
        return lines.getOrDefault(id, 1);
    }

    ParsedBank with(SourceFile newSource, List<LineError> moreErrors) {
        List<LineError> all = new ArrayList<>(errors);
        all.addAll(moreErrors);
        return new ParsedBank(file, bank, lines, newSource, all);
    }
}
