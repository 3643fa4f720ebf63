package org.tarikh.bank.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The correct answer of a question as plain text, to show the learner after answering (and on a card's back). */
public final class CorrectAnswer {

    private CorrectAnswer() {
    }

    /**
     * E.g. "KHAD"; "KHAD, Sarandoy"; "True"; "25000 troops (± 500)"; "14 April 1988"; "Najibullah (also: Najib)";
     * the cloze text with its blanks filled; "1. A 2. B 3. C"; "A → 1; B → 2"; a card's back.
     */
    public static String describe(Body body) {
        return switch (body.type()) {
            case SINGLE -> ((Body.Single) body).answer();
            case MULTI -> String.join(", ", ((Body.Multi) body).answers());
            case TRUEFALSE -> ((Body.TrueFalse) body).answer() ? "True" : "False";
            case NUMERIC -> numeric((Body.Numeric) body);
            case DATE -> DateText.format(((Body.DateAnswer) body).answer());
            case TEXT -> text(((Body.Text) body).accept());
            case CLOZE -> ClozeText.filled(((Body.Cloze) body).text());
            case ORDER -> order(((Body.Order) body).items());
            case MATCH -> ((Body.Match) body).pairs().stream()
                    .map(p -> p.left() + " → " + p.right()).collect(Collectors.joining("; "));
            case CARD -> ((Body.Card) body).back();
        };
    }

    private static String numeric(Body.Numeric body) {
        String unit = body.unit() == null || body.unit().isBlank() ? "" : " " + body.unit().strip();
        String tolerance = body.tolerance() == 0 ? "" : " (± " + plain(Math.abs(body.tolerance())) + ")";
        return plain(body.answer()) + unit + tolerance;
    }

    /** 25000.0 as "25000", 0.5 as "0.5". */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String text(List<String> accept) {
        if (accept.size() <= 1) {
            return accept.isEmpty() ? "" : accept.get(0);
        }
        return accept.get(0) + " (also: " + String.join(", ", accept.subList(1, accept.size())) + ")";
    }

    private static String order(List<String> items) {
        return IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i))
                .collect(Collectors.joining(" "));
    }
}
