package org.tarikh.bank.content;

import java.util.List;

/** The type-specific part of a question: what is shown and what is right. */
public sealed interface Body {

    QuestionType type();

    /** {@code single}: exactly one right choice. */
    record Single(List<String> choices, String answer) implements Body {
        public QuestionType type() { return QuestionType.SINGLE; }
    }

    /** {@code multi}: one or more right choices. */
    record Multi(List<String> choices, List<String> answers) implements Body {
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
