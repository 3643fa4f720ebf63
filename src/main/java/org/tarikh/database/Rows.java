package org.tarikh.database;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Rows of native SQL read by column name: a query made with {@code em.createNativeQuery(sql, Tuple.class)}, each
 * selected column given its own alias (PostgreSQL lower-cases them: name them in snake_case), and the values read
 * here whichever Java type the driver and Hibernate chose for them (a count is a Long, a sum a BigDecimal, a
 * {@code timestamptz} an Instant, an OffsetDateTime or a Timestamp). Text, uuid and boolean columns come back as
 * String, UUID and Boolean: read them with {@code row.get(column, String.class)}.
 */
public final class Rows {

    private Rows() {
    }

    /** Every row of a query made with {@code Tuple.class}. */
    @SuppressWarnings("unchecked")
    public static List<Tuple> list(Query query) {
        return query.getResultList();
    }

    /** The one row of a query made with {@code Tuple.class}. */
    public static Tuple single(Query query) {
        return (Tuple) query.getSingleResult();
    }

    public static long longValue(Tuple row, String column) {
        return number(row, column).longValue();
    }

    /** A count that a left join may leave null: null is 0. */
    public static long longOrZero(Tuple row, String column) {
        Number n = (Number) row.get(column);
        return n == null ? 0 : n.longValue();
    }

    public static int intValue(Tuple row, String column) {
        return number(row, column).intValue();
    }

    public static double doubleValue(Tuple row, String column) {
        return number(row, column).doubleValue();
    }

    /** A boolean column; null is false. */
    public static boolean isTrue(Tuple row, String column) {
        return Boolean.TRUE.equals(row.get(column));
    }

    /** A {@code timestamptz} column; null stays null. */
    public static Instant instant(Tuple row, String column) {
        return SqlValues.instant(row.get(column));
    }

    /** A {@code date} column; null stays null. */
    public static LocalDate date(Tuple row, String column) {
        Object value = row.get(column);
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((Date) value).toLocalDate();
    }

    private static Number number(Tuple row, String column) {
        Number n = (Number) row.get(column);
        if (n == null) {
            throw new IllegalStateException("the column " + column + " is null");
        }
        return n;
    }
}
