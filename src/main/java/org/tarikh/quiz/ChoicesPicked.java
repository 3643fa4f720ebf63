package org.tarikh.quiz;

import org.tarikh.quiz.grading.GivenAnswer;

/**
 * The choices an answer picked, as indexes of the question as authored, stored with the answer (attempt_item.picked)
 * for the class report's counts: one for a single-choice answer, the ticked ones in order for a multiple choice (none
 * ticked is empty), null for every other kind of answer.
 */
final class ChoicesPicked {

    private ChoicesPicked() {
    }

    static int[] of(GivenAnswer answer) {
        if (answer instanceof GivenAnswer.Choice choice) {
            return new int[] {choice.index()};
        }
        if (answer instanceof GivenAnswer.Choices choices) {
            return choices.indices().stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return null;
    }
}
