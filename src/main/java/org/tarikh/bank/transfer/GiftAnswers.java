package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an answer block into the type fields of a bank-file question: true/false, multiple choice (single, or
 * multi when weights replace the '=' answer), short answer, matching, or numerical (see {@link GiftNumbers}).
 */
final class GiftAnswers {

    private final GiftBlock block;
    private final int from;

    private GiftAnswers(GiftBlock block, int from) {
        this.block = block;
        this.from = from;
    }

    /** The fields of the block's {@code text[from, to)}, which is not blank and holds no general feedback. */
    static Map<String, Object> read(GiftBlock block, int from, int to) {
        String text = block.text();
        int first = from;
        while (Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (text.charAt(first) == '#') {
            return GiftNumbers.read(block, first + 1, to);
        }
        return new GiftAnswers(block, from).read(GiftAnswerList.split(block, from, to));
    }

    private Map<String, Object> read(GiftAnswerList list) {
        List<GiftAnswer> answers = list.answers();
        if (answers.isEmpty()) {
            return trueFalseOrOneWord(list.lead(), list.leadFeedback());
        }
        if (!list.lead().isBlank()) {
            throw error(list.leadOffset(), "unknown answer syntax \"" + list.lead().strip() + "\": each answer starts with = or ~");
        }
        if (answers.stream().anyMatch(a -> a.raw().contains("->"))) {
            noteFeedback(block, answers);
            return match(answers);
        }
        Map<String, Object> fields = answers.stream().anyMatch(a -> !a.right())
                ? answers.stream().anyMatch(GiftAnswer::right) ? single(answers) : multi(answers)
                : shortAnswer(answers);
        Map<String, String> feedback = new LinkedHashMap<>();
        answers.stream().filter(a -> a.feedback() != null).forEach(a -> feedback.putIfAbsent(a.text(), a.feedback()));
        if (!feedback.isEmpty()) {
            fields.put("feedback", feedback);
        }
        return fields;
    }

    /**
     * {@code {T}}, {@code {FALSE}}, with Moodle's {@code {T#shown when wrong#shown when right}}; any other lone word
     * is a short answer written without its '='.
     */
    private Map<String, Object> trueFalseOrOneWord(String lead, List<String> feedbacks) {
        String word = lead.strip().toUpperCase(Locale.ROOT);
        Map<String, String> feedback = new LinkedHashMap<>();
        Map<String, Object> fields;
        if (word.equals("T") || word.equals("TRUE") || word.equals("F") || word.equals("FALSE")) {
            boolean answer = word.startsWith("T");
            fields = fields("truefalse", "answer", answer);
            put(feedback, String.valueOf(!answer), feedbacks.isEmpty() ? null : feedbacks.get(0));
            put(feedback, String.valueOf(answer), feedbacks.size() < 2 ? null : feedbacks.get(1));
        } else {
            String accepted = GiftEscapes.clean(lead);
            fields = fields("text", "accept", List.of(accepted));
            put(feedback, accepted, feedbacks.isEmpty() ? null : feedbacks.get(0));
        }
        if (!feedback.isEmpty()) {
            fields.put("feedback", feedback);
        }
        return fields;
    }

    private static void put(Map<String, String> feedback, String key, String text) {
        if (text != null && !text.isEmpty()) {
            feedback.put(key, text);
        }
    }

    private Map<String, Object> single(List<GiftAnswer> answers) {
        List<GiftAnswer> right = answers.stream().filter(GiftAnswer::right).toList();
        if (!right.get(0).fullCredit()) {
            throw error(right.get(0).offset(), "the = answer gets full credit; write ~%50% for partial credit");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (GiftAnswer a : answers) {
            // Moodle's {=A =B ~C}: one choice to pick, and either of A and B is right.
            if (a.right() && a != right.get(0)) {
                weights.put(a.text(), 100.0);
            } else if (!a.right() && a.weight() != null && a.weight() > 0) {
                weights.put(a.text(), a.weight());
            } else if (!a.right() && a.weight() != null && a.weight() < 0) {
                block.note(a.offset(), "the penalty %" + GiftNumbers.plain(a.weight()) + "% of \"" + a.text()
                        + "\" is not kept: a wrong single choice scores 0");
            }
        }
        Map<String, Object> fields = fields("single", "choices", texts(answers));
        fields.put("answer", right.get(0).text());
        if (!weights.isEmpty()) {
            fields.put("weights", weights);
        }
        return fields;
    }

    /** No '=' answer: the answers are the choices with a positive weight (Moodle's "multiple answers"). */
    private Map<String, Object> multi(List<GiftAnswer> answers) {
        Map<String, Double> weights = new LinkedHashMap<>();
        List<String> right = new ArrayList<>();
        for (GiftAnswer a : answers) {
            if (a.weight() != null) {
                weights.put(a.text(), a.weight());
                if (a.weight() > 0) {
                    right.add(a.text());
                }
            }
        }
        if (right.isEmpty()) {
            throw error(from, "no right answer: mark it with = or give the right answers a positive %weight%");
        }
        Map<String, Object> fields = fields("multi", "choices", texts(answers));
        fields.put("answers", right);
        if (weights.size() < answers.size() || !isEqualShares(weights, right)) {
            fields.put("weights", weights);
        }
        return fields;
    }

    /**
     * Whether the weights are what a multi without weights means: every answer an equal share of 100 and every
     * other choice minus one share (how Tarikh writes it), so that it scores (right picks - wrong picks) / answers.
     */
    private static boolean isEqualShares(Map<String, Double> weights, List<String> right) {
        double share = 100.0 / right.size();
        return weights.entrySet().stream().allMatch(e -> Math.abs(Math.abs(e.getValue()) - share) < 0.001
                && (e.getValue() > 0) == right.contains(e.getKey()));
    }

    /** Full-credit answers are accepted; the others keep their partial credit as weights. */
    private Map<String, Object> shortAnswer(List<GiftAnswer> answers) {
        List<String> accept = answers.stream().filter(GiftAnswer::fullCredit).map(GiftAnswer::text).toList();
        if (accept.isEmpty()) {
            throw error(from, "no answer gets full credit");
        }
        Map<String, Object> fields = fields("text", "accept", accept);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (GiftAnswer a : answers) {
            if (!a.fullCredit() && a.weight() > 0) {
                weights.put(a.text(), a.weight());
            } else if (!a.fullCredit()) {
                block.note(a.offset(), "the answer \"" + a.text() + "\" with " + GiftNumbers.plain(a.weight())
                        + "% is left out: a text answer that is not accepted scores 0");
            }
        }
        if (!weights.isEmpty()) {
            fields.put("weights", weights);
        }
        return fields;
    }

    /** A matching pair's feedback has no place in Tarikh: the question's explanation is shown after answering. */
    private static void noteFeedback(GiftBlock block, List<GiftAnswer> answers) {
        for (GiftAnswer a : answers) {
            if (a.feedback() != null) {
                block.note(a.offset(), "the feedback \"" + a.feedback() + "\" of the pair \"" + a.text()
                        + "\" is not kept: a matching question shows its explanation (####) after answering");
            }
        }
    }

    /** An {@code =-> right} pair without a left side is an extra right side that matches nothing (a distractor). */
    private Map<String, Object> match(List<GiftAnswer> answers) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (GiftAnswer a : answers) {
            int arrow = a.raw().indexOf("->");
            if (!a.right() || arrow < 0) {
                throw error(a.offset(), "a matching question has only =left -> right answers");
            }
            String left = GiftEscapes.clean(a.raw().substring(0, arrow));
            if (!left.isEmpty()) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("left", left);
                pair.put("right", GiftEscapes.clean(a.raw().substring(arrow + 2)));
                pairs.add(pair);
            } else {
                extra.add(GiftEscapes.clean(a.raw().substring(arrow + 2)));
            }
        }
        Map<String, Object> fields = fields("match", "pairs", pairs);
        if (!extra.isEmpty()) {
            fields.put("extra", extra);
        }
        return fields;
    }

    private static List<String> texts(List<GiftAnswer> answers) {
        return answers.stream().map(GiftAnswer::text).toList();
    }

    private static Map<String, Object> fields(String type, String name, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put(name, value);
        return fields;
    }

    private GiftSyntaxError error(int offset, String message) {
        return new GiftSyntaxError(block.lineAt(offset), message);
    }
}
