package org.tarikh.bank.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/** Writes a question body as a GIFT answer block, one answer a line, general feedback last. */
final class GiftAnswerWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Moodle's grade options go to five decimals (33.33333%). */
    private static final int SCALE = 5;

    private final Map<String, String> feedback;

    private GiftAnswerWriter(Map<String, String> feedback) {
        this.feedback = feedback;
    }

    /** Why GIFT cannot hold this body, or null when it can. */
    static String unsupported(Body body) {
        return switch (body.type()) {
            case ORDER -> "GIFT has no ordering question";
            case CLOZE -> "GIFT has no cloze question with several blanks";
            case DATE -> "GIFT has no date question";
            case SINGLE, MULTI, TRUEFALSE, NUMERIC, TEXT, MATCH, CARD -> null;
        };
    }

    /** The answer block, each answer with its {@code #feedback} when {@code feedback} has one for it. */
    static String block(Body body, String explanation, Map<String, String> feedback) {
        StringBuilder out = new StringBuilder(body.type() == QuestionType.NUMERIC ? "{#\n" : "{\n");
        out.append(new GiftAnswerWriter(feedback).answers(body));
        if (explanation != null) {
            out.append("\t####").append(GiftEscapes.escape(explanation)).append('\n');
        }
        return out.append('}').toString();
    }

    /** The answer lines; none for the types {@link #unsupported} names, which are never written. */
    private String answers(Body body) {
        return switch (body.type()) {
            case SINGLE -> single((Body.Single) body);
            case MULTI -> multi((Body.Multi) body);
            case TRUEFALSE -> trueFalse((Body.TrueFalse) body);
            case NUMERIC -> numeric((Body.Numeric) body);
            case TEXT -> text((Body.Text) body);
            case MATCH -> match((Body.Match) body);
            case CARD -> card((Body.Card) body);
            case ORDER, CLOZE, DATE -> "";
        };
    }

    private String single(Body.Single b) {
        StringBuilder out = new StringBuilder();
        for (String choice : b.choices()) {
            Double w = b.weights() == null ? null : b.weights().get(choice);
            boolean right = choice.equals(b.answer());
            line(out, right ? "=" : "~", right ? null : w, choice);
        }
        return out.toString();
    }

    private String multi(Body.Multi b) {
        StringBuilder out = new StringBuilder();
        Map<String, Double> weights = b.weights() == null ? equalWeights(b.choices(), b.answers()) : b.weights();
        for (String choice : b.choices()) {
            line(out, "~", weights.get(choice), choice);
        }
        return out.toString();
    }

    private String trueFalse(Body.TrueFalse b) {
        StringBuilder out = new StringBuilder("\t").append(b.answer() ? "TRUE" : "FALSE");
        String wrong = feedback.get(String.valueOf(!b.answer()));
        String right = feedback.get(String.valueOf(b.answer()));
        if (wrong != null || right != null) {
            out.append('#').append(wrong == null ? "" : GiftEscapes.escape(wrong));
            if (right != null) {
                out.append('#').append(GiftEscapes.escape(right));
            }
        }
        return out.append('\n').toString();
    }

    private String numeric(Body.Numeric b) {
        StringBuilder out = new StringBuilder("\t=").append(band(b.answer(), b.tolerance()));
        feedback(out, Body.numberKey(b.answer(), b.tolerance()));
        for (Body.Band partial : b.partial()) {
            out.append("\t=%").append(percent(partial.weight())).append('%')
                    .append(band(partial.answer(), partial.tolerance()));
            feedback(out, Body.numberKey(partial.answer(), partial.tolerance()));
        }
        if (feedback.containsKey(QuestionSpec.OTHERWISE)) {
            out.append("\t~");
            feedback(out, QuestionSpec.OTHERWISE);
        }
        return out.toString();
    }

    private String text(Body.Text b) {
        StringBuilder out = new StringBuilder();
        b.accept().forEach(accepted -> line(out, "=", null, accepted));
        if (b.weights() != null) {
            b.weights().forEach((answer, w) -> line(out, "=", w, answer));
        }
        return out.toString();
    }

    private String match(Body.Match b) {
        StringBuilder out = new StringBuilder();
        for (Body.Pair pair : b.pairs()) {
            out.append("\t=").append(GiftEscapes.escapeAnswer(pair.left())).append(" -> ")
                    .append(GiftEscapes.escapeAnswer(pair.right())).append('\n');
        }
        b.extra().forEach(extra -> out.append("\t= -> ").append(GiftEscapes.escapeAnswer(extra)).append('\n'));
        return out.toString();
    }

    /** Moodle reads a card as a short answer; Tarikh reads it back as a card (the "// type: card" comment). */
    private String card(Body.Card b) {
        StringBuilder out = new StringBuilder();
        line(out, "=", null, b.back());
        return out.toString();
    }

    private void line(StringBuilder out, String mark, Double weight, String text) {
        out.append('\t').append(mark);
        if (weight != null) {
            out.append('%').append(percent(weight)).append('%');
        }
        out.append(GiftEscapes.escapeAnswer(text));
        feedback(out, text);
    }

    /** Ends an answer's line, with {@code #feedback} when there is one for {@code key}. */
    private void feedback(StringBuilder out, String key) {
        String text = feedback.get(key);
        if (text != null) {
            out.append(" #").append(GiftEscapes.escape(text));
        }
        out.append('\n');
    }

    private static String band(double answer, double tolerance) {
        return number(answer) + (tolerance == 0 ? "" : ":" + number(tolerance));
    }

    /**
     * A multi without weights scores (right picks - wrong picks) / answers: each answer is worth an equal share of
     * 100 (the last takes the rounding rest) and each wrong choice takes one share away, so Moodle scores it alike.
     */
    static Map<String, Double> equalWeights(List<String> choices, List<String> answers) {
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(answers.size()), SCALE, RoundingMode.DOWN);
        BigDecimal last = HUNDRED.subtract(share.multiply(BigDecimal.valueOf(answers.size() - 1L)));
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String choice : choices) {
            int index = answers.indexOf(choice);
            BigDecimal w = index < 0 ? share.negate() : index == answers.size() - 1 ? last : share;
            weights.put(choice, w.doubleValue());
        }
        return weights;
    }

    /** A number as plainly as it reads back: 1822, 0.5, 1e-7 as 0.0000001. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A weight, to Moodle's five decimals. */
    private static String percent(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        return (d.scale() > SCALE ? d.setScale(SCALE, RoundingMode.HALF_EVEN) : d).stripTrailingZeros().toPlainString();
    }
}
