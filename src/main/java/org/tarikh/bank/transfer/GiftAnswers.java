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
            return trueFalseOrOneWord(list.lead());
        }
        if (!list.lead().isBlank()) {
            throw error(list.leadOffset(), "unknown answer syntax \"" + list.lead().strip() + "\": each answer starts with = or ~");
        }
        if (answers.stream().anyMatch(a -> a.raw().contains("->"))) {
            return match(answers);
        }
        if (answers.stream().anyMatch(a -> !a.right())) {
            return answers.stream().anyMatch(GiftAnswer::right) ? single(answers) : multi(answers);
        }
        return shortAnswer(answers);
    }

    /** {@code {T}}, {@code {FALSE}}; any other lone word is a short answer written without its '='. */
    private Map<String, Object> trueFalseOrOneWord(String lead) {
        String word = lead.strip().toUpperCase(Locale.ROOT);
        if (word.equals("T") || word.equals("TRUE") || word.equals("F") || word.equals("FALSE")) {
            return fields("truefalse", "answer", word.startsWith("T"));
        }
        return fields("text", "accept", List.of(GiftEscapes.clean(lead)));
    }

    private Map<String, Object> single(List<GiftAnswer> answers) {
        List<GiftAnswer> right = answers.stream().filter(GiftAnswer::right).toList();
        if (right.size() > 1) {
            throw error(right.get(1).offset(),
                    "a multiple-choice question has one = answer; give several right answers ~%weights% instead");
        }
        if (!right.get(0).fullCredit()) {
            throw error(right.get(0).offset(), "the = answer gets full credit; write ~%50% for partial credit");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (GiftAnswer a : answers) {
            if (!a.right() && a.weight() != null && a.weight() == 100) {
                throw error(a.offset(), "only the = answer may get full credit");
            }
            // A negative weight changes nothing for a single choice: any wrong pick scores 0.
            if (!a.right() && a.weight() != null && a.weight() > 0) {
                weights.put(a.text(), a.weight());
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
        fields.put("weights", weights);
        return fields;
    }

    /** Only full-credit answers are kept: Tarikh's text answers are right or wrong. */
    private Map<String, Object> shortAnswer(List<GiftAnswer> answers) {
        List<String> accept = answers.stream().filter(GiftAnswer::fullCredit).map(GiftAnswer::text).toList();
        if (accept.isEmpty()) {
            throw error(from, "no answer gets full credit");
        }
        return fields("text", "accept", accept);
    }

    /** An {@code =-> right} pair without a left side is an extra wrong right side, which Tarikh has not; dropped. */
    private Map<String, Object> match(List<GiftAnswer> answers) {
        List<Map<String, Object>> pairs = new ArrayList<>();
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
            }
        }
        return fields("match", "pairs", pairs);
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
