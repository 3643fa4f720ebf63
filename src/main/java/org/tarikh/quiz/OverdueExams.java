package org.tarikh.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Closes exams whose time ran out even when the learner never comes back, grading what was given. */
@ApplicationScoped
public class OverdueExams {

    private final Clock clock;
    private final AttemptClosing closing;

    OverdueExams(Clock clock, AttemptClosing closing) {
        this.clock = clock;
        this.closing = closing;
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        closeOverdue();
    }

    /** Finishes every exam whose deadline has passed, its misses joining the review queue; returns how many. */
    @Transactional
    public int closeOverdue() {
        // An attempt locked right now is being answered or read: that request closes it itself, so skip it.
        @SuppressWarnings("unchecked")
        List<UUID> overdue = Attempt.getEntityManager().createNativeQuery("""
                SELECT id FROM attempt WHERE finished_at IS NULL AND expires_at <= :now
                ORDER BY expires_at LIMIT 500 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .getResultList();
        for (UUID id : overdue) {
            Attempt a = Attempt.findById(id);
            closing.close(a, a.expiresAt);
        }
        return overdue.size();
    }
}
