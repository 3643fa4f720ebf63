package org.tarikh.account;

import jakarta.persistence.Converter;
import org.tarikh.database.CodeColumn;

/** {@link Role} stored by its code ("learner", "teacher", "admin"). */
@Converter
public class RoleColumn extends CodeColumn<Role> {

    public RoleColumn() {
        super("role", Role::code, Role::fromCode);
    }
}
