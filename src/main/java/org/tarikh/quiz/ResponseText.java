package org.tarikh.quiz;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.quiz.grading.GivenAnswer;

/** The learner's answer in words, for the results page. */
final class ResponseText {

    private ResponseText() {
    }

    static String describe(QuestionSpec q, Delivery d, Map<String, Object> stored) {
        if (stored == null) {
            return null;
        }
        return ResponseReader.read(q.type(), d, stored).accept(new InWords(q.body()));
    }

    /** One wording per kind of answer; the question's body gives the choices, items and pairs the answer points into. */
    private record InWords(Body b) implements GivenAnswer.Visitor<String> {

        @Override
        public String choice(GivenAnswer.Choice c) {
            return choiceTexts(b).get(c.index());
        }

        @Override
        public String choices(GivenAnswer.Choices cs) {
            List<String> all = choiceTexts(b);
            String picked = IntStream.range(0, all.size()).filter(cs.indices()::contains).mapToObj(all::get)
                    .collect(Collectors.joining(", "));
            return picked.isEmpty() ? "(nothing ticked)" : picked;
        }

        @Override
        public String bool(GivenAnswer.Bool v) {
            return v.value() ? "True" : "False";
        }

        @Override
        public String numeric(GivenAnswer.Numeric n) {
            String unit = ((Body.Numeric) b).unit();
            return formatNumber(n.value()) + (unit == null ? "" : " " + unit);
        }

        @Override
        public String text(GivenAnswer.Text t) {
            return t.text().isBlank() ? "(no answer)" : t.text();
        }

        @Override
        public String blanks(GivenAnswer.Blanks bl) {
            return String.join(" / ", bl.values());
        }

        @Override
        public String ordering(GivenAnswer.Ordering o) {
            List<String> items = ((Body.Order) b).items();
            return IntStream.range(0, o.itemIndices().size())
                    .mapToObj(i -> (i + 1) + ". " + items.get(o.itemIndices().get(i))).collect(Collectors.joining(" "));
        }

        @Override
        public String matching(GivenAnswer.Matching m) {
            Body.Match match = (Body.Match) b;
            return m.rightByLeft().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> match.pairs().get(e.getKey()).left() + " → " + match.rightAt(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
    }

    private static List<String> choiceTexts(Body b) {
        return b.type() == QuestionType.SINGLE ? ((Body.Single) b).choices() : ((Body.Multi) b).choices();
    }

    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
