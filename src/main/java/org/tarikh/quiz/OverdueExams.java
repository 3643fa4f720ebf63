package org.tarikh.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Closes exams whose time ran out even when the learner never comes back, grading what was given. */
@ApplicationScoped
public class OverdueExams {

    private final Clock clock;

    OverdueExams(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        closeOverdue();
    }

    /** Finishes every exam whose deadline has passed; returns how many. */
    @Transactional
    public int closeOverdue() {
        return Attempt.getEntityManager().createNativeQuery("""
                UPDATE attempt a SET finished_at = a.expires_at,
                       score = (SELECT coalesce(sum(i.score), 0) FROM attempt_item i WHERE i.attempt_id = a.id)
                WHERE a.finished_at IS NULL AND a.expires_at <= :now""")
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }
}
