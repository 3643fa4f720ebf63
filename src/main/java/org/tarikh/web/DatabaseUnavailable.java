package org.tarikh.web;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached right now (restarting, failing over, pool exhausted while
 * it is away): such requests answer 503 with Retry-After, not 500, since trying again shortly will work.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            if (t instanceof ConnectException || t instanceof SocketException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down or starting: admin_shutdown,
     * crash_shutdown, cannot_connect_now), and Agroal's acquisition timeout, which has no SQLSTATE.
     */
    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return e instanceof SQLTransientConnectionException
                || (e.getMessage() != null && e.getMessage().contains("acquisition timeout"));
    }
}
