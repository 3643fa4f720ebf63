package org.tarikh.quiz.grading;

import java.util.List;
import java.util.stream.IntStream;
import org.tarikh.bank.content.Body;

/**
 * {@code match}: the share of left items given their own right item; a left left out counts wrong. Several lefts may
 * point at one right. Rights are compared by text, so when two pairs share a right ("Najibullah" for two offices)
 * either copy of it is right for both.
 */
final class MatchGrader implements Grader<Body.Match> {

    @Override
    public Score grade(Body.Match body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Matching matching)) {
            throw InvalidResponse.expected("pairs", "left-to-right pairs for a matching question");
        }
        List<Body.Pair> pairs = body.pairs();
        matching.rightByLeft().forEach((left, right) -> {
            InvalidResponse.requireIndex(left, pairs.size(), "pairs", "left item");
            InvalidResponse.requireIndex(right, body.rightCount(), "pairs", "right item");
        });
        List<Boolean> parts = IntStream.range(0, pairs.size()).mapToObj(left -> {
            Integer right = matching.rightByLeft().get(left);
            return right != null && body.rightAt(right).equals(pairs.get(left).right());
        }).toList();
        return Score.ofParts(parts);
    }
}
