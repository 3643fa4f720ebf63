package org.tarikh.bank.content;

import java.util.List;
import java.util.Map;

/** The type-specific part of a question: what is shown and what is right. */
public sealed interface Body {

    QuestionType type();

    /**
     * {@code single}: exactly one right choice, worth full marks; {@code weights} (null when none) gives other
     * choices partial credit in percent, as GIFT's {@code ~%50%} does.
     */
    record Single(List<String> choices, String answer, Map<String, Double> weights) implements Body {
        public Single(List<String> choices, String answer) {
            this(choices, answer, null);
        }

        public QuestionType type() { return QuestionType.SINGLE; }

        /** The credit of a choice, 0 to 1. */
        public double credit(String choice) {
            if (choice.equals(answer)) {
                return 1;
            }
            return weights == null ? 0 : Math.max(0, weights.getOrDefault(choice, 0.0) / 100);
        }
    }

    /**
     * {@code multi}: one or more right choices. {@code weights} (null when none) gives each choice's credit in
     * percent: the answers' add up to 100, wrong ones are 0 or negative. Without weights a ticked wrong choice
     * cancels a right one.
     */
    record Multi(List<String> choices, List<String> answers, Map<String, Double> weights) implements Body {
        public Multi(List<String> choices, List<String> answers) {
            this(choices, answers, null);
        }

        public QuestionType type() { return QuestionType.MULTI; }
    }

    /** {@code truefalse}. */
    record TrueFalse(boolean answer) implements Body {
        public QuestionType type() { return QuestionType.TRUEFALSE; }
    }

    /** {@code numeric}: right within {@code tolerance}; {@code unit} may be null. */
    record Numeric(double answer, double tolerance, String unit) implements Body {
        public QuestionType type() { return QuestionType.NUMERIC; }
    }

    /** {@code date}: asked at the precision of the answer (year, month or day). */
    record DateAnswer(PartialDate answer) implements Body {
        public QuestionType type() { return QuestionType.DATE; }
    }

    /** {@code text}: any of the accepted answers, compared loosely. */
    record Text(List<String> accept) implements Body {
        public QuestionType type() { return QuestionType.TEXT; }
    }

    /** {@code cloze}: a text with blanks in double braces, alternatives split by '|'. */
    record Cloze(String text) implements Body {
        public QuestionType type() { return QuestionType.CLOZE; }

        public List<List<String>> blanks() {
            return ClozeText.blanks(text);
        }
    }

    /** {@code order}: items listed in the right order. */
    record Order(List<String> items) implements Body {
        public QuestionType type() { return QuestionType.ORDER; }
    }

    /** {@code match}: pairs listed as they belong together. */
    record Match(List<Pair> pairs) implements Body {
        public QuestionType type() { return QuestionType.MATCH; }
    }

    /** {@code card}: a plain flashcard; the front is the question's prompt. */
    record Card(String back) implements Body {
        public QuestionType type() { return QuestionType.CARD; }
    }

    /** One left-to-right pair of a {@code match} question. */
    record Pair(String left, String right) {
    }
}
