package org.tarikh.quiz.grading;

import java.util.List;
import java.util.stream.IntStream;
import org.tarikh.bank.content.Body;

/** {@code multi}: (right picks − wrong picks) / right answers, floored at 0; ticking nothing scores 0. */
final class MultiGrader implements Grader<Body.Multi> {

    @Override
    public Score grade(Body.Multi body, Response response) {
        if (!(response instanceof Response.Choices choices)) {
            throw InvalidResponse.expected("choices", "a list of choices for a multiple-choice question");
        }
        List<String> all = body.choices();
        choices.indices().forEach(i -> InvalidResponse.requireIndex(i, all.size(), "choices", "choice"));
        long rightAnswers = IntStream.range(0, all.size()).filter(i -> isRight(body, i)).count();
        long rightPicks = choices.indices().stream().filter(i -> isRight(body, i)).count();
        long wrongPicks = choices.indices().size() - rightPicks;
        if (rightAnswers == 0) {
            return Score.allOrNothing(wrongPicks == 0); // a malformed question: only "none" can be right
        }
        return Score.of(Math.max(0, (double) (rightPicks - wrongPicks) / rightAnswers));
    }

    private static boolean isRight(Body.Multi body, int choice) {
        return body.answers().contains(body.choices().get(choice));
    }
}
