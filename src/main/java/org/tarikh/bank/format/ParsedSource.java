package org.tarikh.bank.format;

import java.util.List;

/** A read {@code source.yaml}: the source (null when unusable) and every error found in it. */
public record ParsedSource(String file, SourceFile source, List<LineError> errors) {

    public ParsedSource {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
