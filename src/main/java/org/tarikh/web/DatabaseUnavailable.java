package org.tarikh.web;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached right now (restarting, failing over, pool exhausted while
 * it is away): such requests answer 503 with Retry-After, not 500, since trying again shortly will work.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_SEEN = 64;

    private DatabaseUnavailable() {
    }

    /**
     * Searches the causes and the suppressed exceptions: a commit that fails as the server goes away surfaces as the
     * transaction manager's RollbackException, with the driver's error only among its suppressed exceptions.
     */
    static boolean causes(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || seen.size() >= MAX_SEEN || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLException sql && unreachable(sql)) {
            return true;
        }
        if (t instanceof ConnectException || t instanceof SocketException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
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
                || (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout"));
    }
}
