package org.tarikh.classes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link AssignmentKind} stored by its code ("quiz", "review"). */
@Converter
public class AssignmentKindColumn implements AttributeConverter<AssignmentKind, String> {

    @Override
    public String convertToDatabaseColumn(AssignmentKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public AssignmentKind convertToEntityAttribute(String code) {
        return code == null ? null : AssignmentKind.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown assignment kind in the database: " + code));
    }
}
