package org.tarikh.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /**
     * Sent in the same round trip before a query of {@link #withGenericPlan}: {@code is_local} keeps the setting to
     * the implicit transaction that ends with the query, so the connection goes back to the pool as it was, even
     * when the query fails. (Inside a transaction of the caller's, the setting lasts until that transaction ends.)
     */
    private static final String GENERIC_PLAN = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true); ";

    private final String sql;
    private final List<String> names;
    private final boolean genericPlan;

    private NamedSql(String sql, List<String> names, boolean genericPlan) {
        this.sql = sql;
        this.names = List.copyOf(names);
        this.genericPlan = genericPlan;
    }

    public static NamedSql of(String text) {
        return parse(text, false);
    }

    /**
     * A query that PostgreSQL runs with its cached generic plan every time. In its default mode the server plans
     * a prepared statement afresh for every call as long as the generic plan's estimate is dearer than the plans
     * made for the actual values, and for a query of many subqueries (the review queue and its counts) that
     * planning costs several times the execution: 1.2 ms of planning against 0.2 ms of work (docs/PERFORMANCE.md).
     * Run it with {@link #executeQuery}.
     */
    public static NamedSql withGenericPlan(String text) {
        return parse(GENERIC_PLAN + text, true);
    }

    private static NamedSql parse(String text, boolean genericPlan) {
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
        return new NamedSql(sql.toString(), names, genericPlan);
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

    /** Runs a query prepared by {@link #prepare}: its rows (for {@link #withGenericPlan}, past the setting's). */
    public ResultSet executeQuery(PreparedStatement statement) throws SQLException {
        if (!genericPlan) {
            return statement.executeQuery();
        }
        statement.execute();
        if (!statement.getMoreResults()) {
            throw new SQLException("the query after the plan setting returned no rows");
        }
        return statement.getResultSet();
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
