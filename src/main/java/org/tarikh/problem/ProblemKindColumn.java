package org.tarikh.problem;

import jakarta.persistence.Converter;
import org.tarikh.database.CodeColumn;

/** {@link ProblemKind} stored by its code ("wrong-answer", "ambiguous", "typo", "other"). */
@Converter
public class ProblemKindColumn extends CodeColumn<ProblemKind> {

    public ProblemKindColumn() {
        super("problem kind", ProblemKind::code, ProblemKind::fromCode);
    }
}
