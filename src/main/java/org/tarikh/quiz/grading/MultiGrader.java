package org.tarikh.quiz.grading;

import java.util.List;
import java.util.stream.IntStream;
import org.tarikh.bank.content.Body;

/**
 * {@code multi}: with weights, the sum of the ticked choices' weights (0 to 100 %); without, (right picks −
 * wrong picks) / right answers, floored at 0. Ticking nothing scores 0.
 */
final class MultiGrader implements Grader<Body.Multi> {

    @Override
    public Score grade(Body.Multi body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Choices choices)) {
            throw InvalidResponse.expected("choices", "a list of choices for a multiple-choice question");
        }
        List<String> all = body.choices();
        choices.indices().forEach(i -> InvalidResponse.requireIndex(i, all.size(), "choices", "choice"));
        long rightAnswers = IntStream.range(0, all.size()).filter(i -> isRight(body, i)).count();
        long rightPicks = choices.indices().stream().filter(i -> isRight(body, i)).count();
        long wrongPicks = choices.indices().size() - rightPicks;
        if (body.weights() != null) {
            double percent = choices.indices().stream().mapToDouble(i -> body.weights().getOrDefault(all.get(i), 0.0)).sum();
            return Score.of(Math.min(1, Math.max(0, percent / 100)));
        }
        if (rightAnswers == 0) {
            return Score.allOrNothing(wrongPicks == 0); // a malformed question: only "none" can be right
        }
        return Score.of(Math.max(0, (double) (rightPicks - wrongPicks) / rightAnswers));
    }

    private static boolean isRight(Body.Multi body, int choice) {
        return body.answers().contains(body.choices().get(choice));
    }
}
