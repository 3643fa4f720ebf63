package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.quiz.grading.GivenAnswer;
import org.tarikh.quiz.grading.Grading;

/**
 * Feedback part by part for the questions that have parts: each position of an order, each pair of a match, each
 * blank of a cloze, marked right or wrong with what was given and what was expected, rather than one run-on line.
 */
public final class AnswerParts {

    /** One position, pair or blank: {@code label} names it, ready to read before the answer ("1.", "Head of KHAD →", "Blank 2:"). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String label, String given, String expected, boolean right) {
    }

    private AnswerParts() {
    }

    /** The parts of an answered order, match or cloze question; null for other types or when not answered. */
    static List<Part> of(QuestionSpec q, Delivery d, Map<String, Object> stored) {
        if (stored == null) {
            return null;
        }
        return switch (q.type()) {
            case ORDER -> order((Body.Order) q.body(), (GivenAnswer.Ordering) ResponseReader.read(q.type(), d, stored));
            case MATCH -> match((Body.Match) q.body(), ResponseReader.read(q.type(), d, stored));
            case CLOZE -> cloze((Body.Cloze) q.body(), ResponseReader.read(q.type(), d, stored));
            case SINGLE, MULTI, TRUEFALSE, NUMERIC, DATE, TEXT, CARD -> null; // one answer: nothing to take apart
        };
    }

    private static List<Part> order(Body.Order order, GivenAnswer.Ordering o) {
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < order.items().size(); p++) {
            int given = p < o.itemIndices().size() ? o.itemIndices().get(p) : -1;
            parts.add(new Part((p + 1) + ".", given < 0 ? null : order.items().get(given), order.items().get(p), given == p));
        }
        return parts;
    }

    private static List<Part> match(Body.Match match, GivenAnswer r) {
        GivenAnswer.Matching m = (GivenAnswer.Matching) r;
        List<Boolean> right = Grading.grade(match, r).parts();
        List<Part> parts = new ArrayList<>();
        for (int l = 0; l < match.pairs().size(); l++) {
            Integer chosen = m.rightByLeft().get(l);
            parts.add(new Part(match.pairs().get(l).left() + " →", chosen == null ? null : match.rightAt(chosen),
                    match.pairs().get(l).right(), right.get(l)));
        }
        return parts;
    }

    private static List<Part> cloze(Body.Cloze cloze, GivenAnswer r) {
        GivenAnswer.Blanks b = (GivenAnswer.Blanks) r;
        List<Boolean> right = Grading.grade(cloze, r).parts();
        List<List<String>> blanks = cloze.blanks();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < blanks.size(); i++) {
            String given = i < b.values().size() ? b.values().get(i) : null;
            parts.add(new Part("Blank " + (i + 1) + ":", given == null || given.isBlank() ? null : given,
                    String.join(" or ", blanks.get(i)), right.get(i)));
        }
        return parts;
    }
}
