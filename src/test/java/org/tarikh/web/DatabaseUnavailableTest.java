package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    private static SQLException serverShuttingDown() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    @Test
    void aDriverErrorAmongTheCausesMeansTheDatabaseIsAway() {
        assertTrue(DatabaseUnavailable.causes(new IllegalStateException("could not read the session", serverShuttingDown())));
        assertTrue(DatabaseUnavailable.causes(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    /** As Narayana reports a commit that failed because the server went away (seen in DatabaseRestartIT). */
    @Test
    void aFailedCommitCarriesTheDriverErrorAsASuppressedException() {
        Exception xa = new Exception("Error trying to transactionCommit local transaction", serverShuttingDown());
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable.causes(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void otherFailuresAreNotTakenForAnOutage() {
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("duplicate key value", "23505")));
        RuntimeException loop = new RuntimeException("suppresses itself's cause");
        RuntimeException cause = new RuntimeException("cause", loop);
        loop.addSuppressed(cause);
        assertFalse(DatabaseUnavailable.causes(loop));
    }
}
