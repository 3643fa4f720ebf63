package org.tarikh.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link Role} stored by its code ("learner", "teacher", "admin"), as the database's check constraint expects. */
@Converter
public class RoleColumn implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown role in the database: " + code));
    }
}
