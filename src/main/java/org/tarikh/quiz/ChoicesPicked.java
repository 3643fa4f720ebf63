package org.tarikh.quiz;

import org.tarikh.quiz.grading.GivenAnswer;

/**
 * The choices an answer picked, as indexes of the question as authored, stored with the answer (attempt_item.picked)
 * for the class report's counts: one for a single-choice answer, the ticked ones in order for a multiple choice (none
 * ticked is empty), null for every other kind of answer.
 */
final class ChoicesPicked implements GivenAnswer.Visitor<int[]> {

    private static final ChoicesPicked INSTANCE = new ChoicesPicked();

    private ChoicesPicked() {
    }

    static int[] of(GivenAnswer answer) {
        return answer.accept(INSTANCE);
    }

    @Override
    public int[] choice(GivenAnswer.Choice answer) {
        return new int[] {answer.index()};
    }

    @Override
    public int[] choices(GivenAnswer.Choices answer) {
        return answer.indices().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Override
    public int[] bool(GivenAnswer.Bool answer) {
        return null;
    }

    @Override
    public int[] numeric(GivenAnswer.Numeric answer) {
        return null;
    }

    @Override
    public int[] text(GivenAnswer.Text answer) {
        return null;
    }

    @Override
    public int[] blanks(GivenAnswer.Blanks answer) {
        return null;
    }

    @Override
    public int[] ordering(GivenAnswer.Ordering answer) {
        return null;
    }

    @Override
    public int[] matching(GivenAnswer.Matching answer) {
        return null;
    }
}
