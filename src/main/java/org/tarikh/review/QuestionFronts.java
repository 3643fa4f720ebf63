package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tarikh.bank.Question;

/**
 * The front of a card, kept per question version: a version's row never changes (an edit makes a new row),
 * so the text built once serves every learner until the process ends or the memory bound is reached.
 */
@ApplicationScoped
public class QuestionFronts {

    private static final int MAX_ENTRIES = 50_000;

    private final Map<Long, String> fronts = new ConcurrentHashMap<>();

    /** The front of the question version with this row id. */
    public String of(long questionRowId) {
        String front = fronts.get(questionRowId);
        if (front == null) {
            Question q = Question.findById(questionRowId);
            front = CardView.front(q.spec());
            if (fronts.size() >= MAX_ENTRIES) {
                fronts.clear();
            }
            fronts.put(questionRowId, front);
        }
        return front;
    }
}
