package org.tarikh.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Finishing an attempt: its score from what was answered, and an exam's misses into the review queue. */
@ApplicationScoped
class AttemptClosing {

    private final MissedQuestions missedQuestions;

    AttemptClosing(MissedQuestions missedQuestions) {
        this.missedQuestions = missedQuestions;
    }

    void close(Attempt a, Instant at) {
        a.finishedAt = at;
        a.score = a.items.stream().mapToDouble(AttemptItem::scoreOrZero).sum();
        if (!a.practice()) {
            // Only now: a miss queued while the exam ran would tell the learner which answers were wrong.
            a.items.stream().filter(AttemptItem::missed)
                    .forEach(i -> missedQuestions.requeue(a.user.id, a.bank.id, i.question.key));
        }
    }
}
