package org.tarikh.database;

import jakarta.persistence.AttributeConverter;
import java.util.Optional;
import java.util.function.Function;

/**
 * An enum stored as its lowercase code ("learner", "exam", "cloze", ...), the text the columns held before they became
 * enums and that the native SQL still compares with. Each enum column has a small subclass naming its enum.
 */
public abstract class CodeColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final String what;
    private final Function<E, String> code;
    private final Function<String, Optional<E>> parse;

    protected CodeColumn(String what, Function<E, String> code, Function<String, Optional<E>> parse) {
        this.what = what;
        this.code = code;
        this.parse = parse;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : code.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String stored) {
        return stored == null ? null : parse.apply(stored)
                .orElseThrow(() -> new IllegalStateException("unknown " + what + " in the database: " + stored));
    }
}
