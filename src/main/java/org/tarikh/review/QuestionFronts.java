package org.tarikh.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.tarikh.bank.Question;

/**
 * The front of a card, kept per question version: a version's row never changes (an edit makes a new row),
 * so the text built once serves every learner until the process ends or the memory bound is reached.
 */
@ApplicationScoped
public class QuestionFronts {

    private static final int MAX_ENTRIES = 50_000;

    private final BoundedMap<Long, String> fronts = new BoundedMap<>(MAX_ENTRIES);

    /** The front of the question version with this row id. */
    public String of(long questionRowId) {
        // The queue is read without a transaction; loading the version needs one (only on a miss).
        return fronts.getOrPut(questionRowId, id -> QuarkusTransaction.joiningExisting()
                .call(() -> CardView.front(Question.<Question>findById(id).spec())));
    }

    /** Whether {@link #of} has this version's front at hand, without loading anything. */
    public boolean known(long questionRowId) {
        return fronts.get(questionRowId) != null;
    }
}
