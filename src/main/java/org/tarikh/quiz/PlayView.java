package org.tarikh.quiz;

import java.util.List;

/**
 * Everything the quiz page shows for one question of an attempt: practice feedback once answered, or in an
 * exam the saved answer, which the learner may still change.
 */
public record PlayView(String attemptId, String bankTitle, String bankSlug, boolean practice, String expiresAt,
                       int total, long answeredCount, QuizQuestion question, boolean answered, boolean flagged,
                       ItemResult feedback, SavedAnswer saved, Integer next, List<NavItem> nav, String error) {

    /**
     * One entry of the question list beside the quiz. {@code outcome} is "right", "partial" or "wrong" for an
     * answered practice question (its feedback is already shown), null otherwise: an exam tells nothing until the end.
     */
    public record NavItem(int number, boolean answered, boolean current, boolean flagged, String outcome) {

        /** The CSS classes of the entry. */
        public String classes() {
            return (answered ? "answered" : "unanswered") + (outcome == null ? "" : " " + outcome) + (flagged ? " flagged" : "");
        }

        /** What a screen reader says for the entry, e.g. "Question 3, answered, wrong, flagged". */
        public String label() {
            return "Question " + number + (answered ? ", answered" : ", not answered")
                    + (outcome == null ? "" : ", " + (outcome.equals("partial") ? "partly right" : outcome))
                    + (flagged ? ", flagged" : "");
        }
    }

    /**
     * Where htmx posts the answer form: in practice the feedback replaces the question in place; an exam's form
     * posts the whole page (null, so the form has no hx-post).
     */
    public String inlineAnswerUrl() {
        return practice ? "/quizzes/" + attemptId + "/answer" : null;
    }

    public long unansweredCount() {
        return total - answeredCount;
    }

    public long flaggedCount() {
        return nav.stream().filter(NavItem::flagged).count();
    }

    /** The next unanswered question, or {@code fallback} when none is left. */
    int nextOr(int fallback) {
        return next == null ? fallback : next;
    }

    public boolean allAnswered() {
        return answeredCount == total;
    }

    /** The page for {@code item}, one of the attempt's {@code items}. */
    static PlayView of(Attempt a, List<ItemStatus> items, AttemptItem item, String error) {
        int number = item.position;
        QuizQuestion q = QuizQuestion.of(item);
        ItemResult feedback = item.answered() && a.practice() ? Results.of(item) : null;
        SavedAnswer saved = item.answered() && !a.practice() ? SavedAnswer.of(item) : null;
        if (saved != null && !saved.order().isEmpty()) {
            q = q.withItemsInOrder(saved.order());
        }
        List<Integer> open = items.stream().filter(i -> !i.answered() && i.position() != number)
                .map(ItemStatus::position).toList();
        Integer next = open.stream().filter(p -> p > number).findFirst().orElse(open.isEmpty() ? null : open.get(0));
        List<NavItem> nav = items.stream().map(i -> new NavItem(i.position(), i.answered(), i.position() == number,
                i.flagged(), a.practice() ? i.outcome() : null)).toList();
        long answered = items.stream().filter(ItemStatus::answered).count();
        return new PlayView(a.id.toString(), a.bank.title, a.bank.slug, a.practice(),
                a.expiresAt == null ? null : a.expiresAt.toString(), items.size(), answered, q,
                item.answered(), item.flagged, feedback, saved, next, nav, error);
    }
}
