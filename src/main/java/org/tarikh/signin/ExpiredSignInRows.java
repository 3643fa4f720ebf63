package org.tarikh.signin;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Clears ended sessions and old failed attempts once an hour, so neither table grows without end. */
@ApplicationScoped
public class ExpiredSignInRows {

    private final Sessions sessions;
    private final FailedAttempts failures;

    ExpiredSignInRows(Sessions sessions, FailedAttempts failures) {
        this.sessions = sessions;
        this.failures = failures;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        sessions.removeExpired();
        failures.removeOld();
    }
}
