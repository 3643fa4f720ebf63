package org.tarikh.database;

import java.sql.SQLException;

/**
 * A database the app cannot use, with one line that says what to do. Start-up prints it and exits rather than
 * falling back to the embedded server: a server that answers holds someone's data, and hiding it would split it.
 */
public final class DatabaseProblem extends RuntimeException {

    private static final String CREDENTIALS = "QUARKUS_DATASOURCE_USERNAME=%s and QUARKUS_DATASOURCE_PASSWORD";

    DatabaseProblem(String message) {
        super(message);
    }

    /** The server answered but would not let {@code user} in (wrong password, no such user, no pg_hba entry). */
    static DatabaseProblem fromLoginFailure(SQLException e, String user, String database, String address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = firstLine(e);
        if (state.equals("42501")) {
            return new DatabaseProblem(String.format("PostgreSQL at %s does not let user '%s' connect (%s): as postgres, "
                    + "GRANT CONNECT ON DATABASE %s TO %s, or make it the database's owner.", address, user, reason, database, user));
        }
        if (state.startsWith("28") || state.equals("08004")) {
            return new DatabaseProblem(String.format("PostgreSQL at %s refused the login of user '%s' (%s): create the user "
                    + "with a password (sudo -u postgres createuser --pwprompt %s) or fix its password, then set "
                    + CREDENTIALS + " (see docs/operations.md).", address, user, reason, user, user));
        }
        return new DatabaseProblem(String.format("Could not connect to PostgreSQL at %s as user '%s' (%s): check that the "
                + "server runs and QUARKUS_DATASOURCE_JDBC_URL points at it.", address, user, reason));
    }

    /** {@code user} may not create the missing database. */
    static DatabaseProblem cannotCreateDatabase(SQLException e, String user, String database, String address) {
        return new DatabaseProblem(String.format("The database '%s' does not exist at %s and user '%s' may not create it "
                + "(%s): create it for that user (sudo -u postgres createdb --owner %s %s).",
                database, address, user, firstLine(e), user, database));
    }

    /** {@code user} may not create the tables the migrations need (PostgreSQL 15 no longer lets everyone). */
    static DatabaseProblem cannotCreateTables(String user, String database, String address) {
        return new DatabaseProblem(String.format("User '%s' may not create tables in schema public of database '%s' at %s: "
                + "make it the database's owner (sudo -u postgres createdb --owner %s %s, for a new one) or, as postgres, "
                + "run GRANT CREATE ON SCHEMA public TO %s in that database.", user, database, address, user, database, user));
    }

    static DatabaseProblem tooOld(String version, String address) {
        return new DatabaseProblem(String.format("PostgreSQL %s at %s is too old: Tarikh needs PostgreSQL 13 or newer. "
                + "Upgrade the server or point QUARKUS_DATASOURCE_JDBC_URL at a newer one.", version, address));
    }

    static DatabaseProblem nothingListens(String address) {
        return new DatabaseProblem(String.format("Nothing listens at %s, the configured database server: start PostgreSQL "
                + "there or correct QUARKUS_DATASOURCE_JDBC_URL.", address));
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
