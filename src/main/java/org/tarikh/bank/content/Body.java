package org.tarikh.bank.content;

import java.util.List;
import java.util.Map;

/** The type-specific part of a question: what is shown and what is right. */
public sealed interface Body {

    QuestionType type();

    /** A numeric answer as written in a feedback key: "1822", or "1822:2" with its tolerance. */
    static String numberKey(double answer, double tolerance) {
        return plain(answer) + (tolerance == 0 ? "" : ":" + plain(tolerance));
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

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

    /**
     * {@code numeric}: right within {@code tolerance}; {@code unit} may be null. {@code partial} (empty when none)
     * gives other values partial credit, as GIFT's {@code =%50%1822:2} does: the best band that holds the value counts.
     */
    record Numeric(double answer, double tolerance, String unit, List<Band> partial) implements Body {
        public Numeric {
            partial = partial == null ? List.of() : List.copyOf(partial);
        }

        public Numeric(double answer, double tolerance, String unit) {
            this(answer, tolerance, unit, List.of());
        }

        public QuestionType type() { return QuestionType.NUMERIC; }
    }

    /** A value within {@code tolerance} of {@code answer} earns {@code weight} percent (0 < weight < 100). */
    record Band(double answer, double tolerance, double weight) {
    }

    /** {@code date}: asked at the precision of the answer (year, month or day). */
    record DateAnswer(PartialDate answer) implements Body {
        public QuestionType type() { return QuestionType.DATE; }
    }

    /**
     * {@code text}: any of the accepted answers, compared loosely, is right. {@code weights} (null when none) gives
     * other answers partial credit in percent, as GIFT's {@code =%75%Nazereth} does.
     */
    record Text(List<String> accept, Map<String, Double> weights) implements Body {
        public Text(List<String> accept) {
            this(accept, null);
        }

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

    /**
     * {@code match}: pairs listed as they belong together; {@code extra} (empty when none) are right-hand options
     * that match no left item, offered among the others (GIFT's {@code =-> Chat}). Right-hand options are numbered
     * from 0: first each pair's right, then the extras.
     */
    record Match(List<Pair> pairs, List<String> extra) implements Body {
        public Match {
            extra = extra == null ? List.of() : List.copyOf(extra);
        }

        public Match(List<Pair> pairs) {
            this(pairs, List.of());
        }

        public QuestionType type() { return QuestionType.MATCH; }

        /** How many right-hand options a learner picks from. */
        public int rightCount() {
            return pairs.size() + extra.size();
        }

        /** The text of right-hand option {@code i}. */
        public String rightAt(int i) {
            return i < pairs.size() ? pairs.get(i).right() : extra.get(i - pairs.size());
        }
    }

    /** {@code card}: a plain flashcard; the front is the question's prompt. */
    record Card(String back) implements Body {
        public QuestionType type() { return QuestionType.CARD; }
    }

    /** One left-to-right pair of a {@code match} question. */
    record Pair(String left, String right) {
    }
}
