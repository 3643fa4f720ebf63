package org.tarikh.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL written with named parameters ({@code :user}) for plain JDBC, turned into positional ones once, when the
 * statement is defined, not per request: the hot paths skip Hibernate's parsing of native SQL on every call.
 * A name may appear several times; {@code ::type} casts and quoted literals are left alone.
 */
public final class NamedSql {

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


    /** The SQL as sent, with {@code ?} for each parameter. */
    public String positional() {
        return sql;
    }

    /** The parameter names in the order of their {@code ?}. */
    public List<String> names() {
        return names;
    }
}
