package org.tarikh.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values read from native SQL rows, whichever Java type the driver and Hibernate chose for them, and instants bound. */
public final class SqlValues {

    private SqlValues() {
    }

    /**
     * An instant bound as a {@code timestamptz} parameter (the driver takes {@code OffsetDateTime}); null stays null.
     * Not {@code OffsetDateTime.ofInstant}: it asks the offset for its rules, which Java 17 builds anew on each call.
     */
    public static OffsetDateTime utc(Instant t) {
        return t == null ? null
                : LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC).atOffset(ZoneOffset.UTC);
    }

    /** A {@code timestamptz} column as an {@link Instant}; null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A {@code timestamptz} column of a plain JDBC row as an {@link Instant}; null stays null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime t = row.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
