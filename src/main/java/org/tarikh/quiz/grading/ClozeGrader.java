package org.tarikh.quiz.grading;

import java.util.List;
import java.util.stream.IntStream;
import org.tarikh.bank.content.Body;

/** {@code cloze}: each blank against its alternatives ({@link TextMatch}); the score is the share of blanks right. */
final class ClozeGrader implements Grader<Body.Cloze> {

    @Override
    public Score grade(Body.Cloze body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Blanks blanks)) {
            throw InvalidResponse.expected("blanks", "one answer per blank for a cloze question");
        }
        List<List<String>> alternatives = body.blanks();
        List<String> given = blanks.values();
        if (given.size() != alternatives.size()) {
            throw new InvalidResponse("response.blanks: expected " + alternatives.size() + " answer(s), one per blank, got "
                    + given.size());
        }
        List<Boolean> parts = IntStream.range(0, given.size())
                .mapToObj(i -> alternatives.get(i).stream().anyMatch(a -> TextMatch.matches(given.get(i), a)))
                .toList();
        return Score.ofParts(parts);
    }
}
