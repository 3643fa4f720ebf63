package org.tarikh.classes;

import jakarta.persistence.Converter;
import org.tarikh.database.CodeColumn;

/** {@link AssignmentKind} stored by its code ("quiz", "review"). */
@Converter
public class AssignmentKindColumn extends CodeColumn<AssignmentKind> {

    public AssignmentKindColumn() {
        super("assignment kind", AssignmentKind::code, AssignmentKind::fromCode);
    }
}
