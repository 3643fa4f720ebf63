package org.tarikh.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.QuestionSpec;

/**
 * A question as anyone may see it before answering: never the answer, an accepted text, or which choice is
 * right. Choices, items and right-hand sides are listed alphabetically, so their order tells nothing either.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionForLearner(String id, String type, String topic, String prompt, List<String> choices,
                                 List<String> items, List<String> left, List<String> right, Integer blanks,
                                 String unit, String section) {

    private static final Comparator<String> ALPHABETICAL = String.CASE_INSENSITIVE_ORDER;

    /** Under the question's own key: for its author's preview only, since a key may name the answer. */
    public static QuestionForLearner of(QuestionSpec q) {
        return of(q.id(), q);
    }

    /** Under an id that says nothing about the answer. */
    public static QuestionForLearner of(String shownId, QuestionSpec q) {
        Body b = q.body();
        String prompt = q.prompt();
        List<String> choices = null;
        List<String> items = null;
        List<String> left = null;
        List<String> right = null;
        Integer blanks = null;
        String unit = null;
        switch (b.type()) {
            case SINGLE -> choices = sorted(((Body.Single) b).choices());
            case MULTI -> choices = sorted(((Body.Multi) b).choices());
            case NUMERIC -> unit = ((Body.Numeric) b).unit();
            case CLOZE -> {
                Body.Cloze c = (Body.Cloze) b;
                blanks = c.blanks().size();
                prompt = (prompt == null || prompt.isBlank() ? "" : prompt + " ") + ClozeText.withGaps(c.text());
            }
            case ORDER -> items = sorted(((Body.Order) b).items());
            case MATCH -> {
                Body.Match match = (Body.Match) b;
                left = match.pairs().stream().map(Body.Pair::left).toList();
                right = sorted(java.util.stream.IntStream.range(0, match.rightCount()).mapToObj(match::rightAt).toList());
            }
            case TRUEFALSE, DATE, TEXT, CARD -> {
                // the prompt alone
            }
        }
        return new QuestionForLearner(shownId, q.type().code(), q.topic(), prompt, choices, items, left, right, blanks,
                unit, q.section());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted(ALPHABETICAL).toList();
    }
}
