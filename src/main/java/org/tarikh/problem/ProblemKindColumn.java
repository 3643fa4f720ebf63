package org.tarikh.problem;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link ProblemKind} stored by its code ("wrong-answer", "ambiguous", "typo", "other"). */
@Converter
public class ProblemKindColumn implements AttributeConverter<ProblemKind, String> {

    @Override
    public String convertToDatabaseColumn(ProblemKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public ProblemKind convertToEntityAttribute(String code) {
        return code == null ? null : ProblemKind.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown problem kind in the database: " + code));
    }
}
