package org.tarikh.database;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * SQL written with named parameters ({@code :user}) for plain JDBC, turned into positional ones once, when the
 * statement is defined, not per request: the hot paths skip Hibernate's parsing of native SQL on every call.
 * A name may appear several times; {@code ::type} casts and quoted literals are left alone.
 */
public final class NamedSql {

    /** Reads the row a result set is on into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final String sql;
    private final List<String> names;

    private NamedSql(String sql, List<String> names) {
        this.sql = sql;
        this.names = List.copyOf(names);
    }

    public static NamedSql of(String text) {
        StringBuilder sql = new StringBuilder(text.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                sql.append("::");
                i++;
                continue;
            } else if (!quoted && c == ':' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                names.add(text.substring(i + 1, end));
                sql.append('?');
                i = end - 1;
                continue;
            }
            sql.append(c);
        }
        return new NamedSql(sql.toString(), names);
    }

    /** The statement prepared on {@code connection} with every parameter bound from {@code values} by name. */
    public PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                statement.setObject(i + 1, values.get(name));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Every row of the statement, each read by {@code reader}, on the connection of {@code em}'s session: it sees the
     * transaction's writes, but Hibernate does not flush entity changes still pending first. Cheaper than a native
     * query's tuples for many rows (docs/PERFORMANCE.md, twentieth session).
     */
    public <T> List<T> list(EntityManager em, Map<String, ?> values, RowReader<T> reader) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, values); ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        });
    }

    /** The SQL as sent, with {@code ?} for each parameter. */
    public String positional() {
        return sql;
    }

    /** The parameter names in the order of their {@code ?}. */
    public List<String> names() {
        return names;
    }
}
