package org.tarikh.quiz.grading;

import java.util.HashSet;
import java.util.List;
import org.tarikh.bank.content.Body;

/**
 * {@code order}: partial credit from the Kendall tau distance, 1 − discordant pairs / all pairs: the right order scores
 * 1, the reversed order 0, and one swap of neighbours among 4 items 5/6.
 */
final class OrderGrader implements Grader<Body.Order> {

    @Override
    public Score grade(Body.Order body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Ordering ordering)) {
            throw InvalidResponse.expected("order", "the items in order for an ordering question");
        }
        int n = body.items().size();
        List<Integer> order = ordering.itemIndices();
        boolean permutation = order.size() == n && new HashSet<>(order).size() == n
                && order.stream().allMatch(i -> i >= 0 && i < n);
        if (!permutation) {
            throw new InvalidResponse("response.order: must list each of the " + n + " items exactly once");
        }
        long pairs = (long) n * (n - 1) / 2;
        if (pairs == 0) {
            return Score.of(1);
        }
        long discordant = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (order.get(a) > order.get(b)) {
                    discordant++;
                }
            }
        }
        return Score.of(1 - (double) discordant / pairs);
    }
}
