package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** Grades a learner's response to a question body: the entry point of this package. */
public final class Grading {

    private static final SingleGrader SINGLE = new SingleGrader();
    private static final MultiGrader MULTI = new MultiGrader();
    private static final TrueFalseGrader TRUEFALSE = new TrueFalseGrader();
    private static final NumericGrader NUMERIC = new NumericGrader();
    private static final DateGrader DATE = new DateGrader();
    private static final TextGrader TEXT = new TextGrader();
    private static final ClozeGrader CLOZE = new ClozeGrader();
    private static final OrderGrader ORDER = new OrderGrader();
    private static final MatchGrader MATCH = new MatchGrader();

    private Grading() {
    }

    /**
     * The score of {@code response} for {@code body}.
     *
     * @throws InvalidResponse when the response is missing, of the wrong kind for the type or out of range, or the
     *                         question is a card (cards are reviewed, not quizzed)
     */
    public static Score grade(Body body, GivenAnswer response) {
        if (body == null) {
            throw new IllegalArgumentException("no question body to grade against");
        }
        if (response == null) {
            throw new InvalidResponse("response: missing");
        }
        // A switch over the type enum, not the sealed body: pattern switches are not final in Java 17, and this one is
        // still checked for exhaustiveness by the compiler. Each body reports its own fixed type, so the casts hold.
        return switch (body.type()) {
            case SINGLE -> SINGLE.grade((Body.Single) body, response);
            case MULTI -> MULTI.grade((Body.Multi) body, response);
            case TRUEFALSE -> TRUEFALSE.grade((Body.TrueFalse) body, response);
            case NUMERIC -> NUMERIC.grade((Body.Numeric) body, response);
            case DATE -> DATE.grade((Body.DateAnswer) body, response);
            case TEXT -> TEXT.grade((Body.Text) body, response);
            case CLOZE -> CLOZE.grade((Body.Cloze) body, response);
            case ORDER -> ORDER.grade((Body.Order) body, response);
            case MATCH -> MATCH.grade((Body.Match) body, response);
            case CARD -> throw new InvalidResponse("response: cards are studied through reviews, not quizzes");
        };
    }
}
