package org.tarikh.quiz.grading;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's answer to one question (the API's {@code response}), in indices of the question's original content (never
 * the attempt's opaque ids).
 * Each record checks its own shape on construction (no nulls, finite numbers) and throws {@link InvalidResponse} otherwise;
 * whether it fits the question (kind, ranges, counts) is checked when it is graded.
 */
public sealed interface GivenAnswer {

    /** Calls the visitor's method for this kind of answer. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of answer, so a new kind fails to compile until every walk over answers handles it
     * (on JDK 21 a pattern {@code switch} over this sealed interface would do the same).
     */
    interface Visitor<R> {
        R choice(Choice answer);

        R choices(Choices answer);

        R bool(Bool answer);

        R numeric(Numeric answer);

        R text(Text answer);

        R blanks(Blanks answer);

        R ordering(Ordering answer);

        R matching(Matching answer);
    }

    /** {@code single}: the index of the picked choice in {@code Body.Single#choices()}. */
    record Choice(int index) implements GivenAnswer {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choice(this);
        }
    }

    /** {@code multi}: the indices of the ticked choices in {@code Body.Multi#choices()}; empty when none is ticked. */
    record Choices(Set<Integer> indices) implements GivenAnswer {
        public Choices {
            if (indices == null || hasNull(indices)) {
                throw new InvalidResponse("response.choices: must be a list of choices (may be empty)");
            }
            indices = Set.copyOf(indices);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choices(this);
        }
    }

    /** {@code truefalse}. */
    record Bool(boolean value) implements GivenAnswer {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bool(this);
        }
    }

    /** {@code numeric}: a finite number. */
    record Numeric(double value) implements GivenAnswer {
        public Numeric {
            if (!Double.isFinite(value)) {
                throw new InvalidResponse("response.value: must be a finite number, not " + value);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.numeric(this);
        }
    }

    /** {@code text} and {@code date}: what the learner typed (for a date, e.g. "1988-04-14" or "14 April 1988"). */
    record Text(String text) implements GivenAnswer {
        public Text {
            if (text == null) {
                throw new InvalidResponse("response: the typed answer is missing (send an empty string for no answer)");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /** {@code cloze}: one typed answer per blank, in the order of the blanks. */
    record Blanks(List<String> values) implements GivenAnswer {
        public Blanks {
            if (values == null || hasNull(values)) {
                throw new InvalidResponse("response.blanks: must be a list of strings, one per blank (empty strings allowed)");
            }
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.blanks(this);
        }
    }

    /** {@code order}: indices into {@code Body.Order#items()}, in the learner's order, first to last. */
    record Ordering(List<Integer> itemIndices) implements GivenAnswer {
        public Ordering {
            if (itemIndices == null || hasNull(itemIndices)) {
                throw new InvalidResponse("response.order: must be a list of items");
            }
            itemIndices = List.copyOf(itemIndices);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ordering(this);
        }
    }

    /** {@code match}: left index to right index, into {@code Body.Match#pairs()} and {@code Body.Match#rightAt}; lefts left out are unanswered. */
    record Matching(Map<Integer, Integer> rightByLeft) implements GivenAnswer {
        public Matching {
            if (rightByLeft == null || hasNull(rightByLeft.keySet()) || hasNull(rightByLeft.values())) {
                throw new InvalidResponse("response.pairs: must map left items to right items (may be empty)");
            }
            rightByLeft = Map.copyOf(rightByLeft);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.matching(this);
        }
    }

    /** Null-safe even for immutable collections, whose {@code contains(null)} throws. */
    private static boolean hasNull(Collection<?> values) {
        return values.stream().anyMatch(Objects::isNull);
    }
}
