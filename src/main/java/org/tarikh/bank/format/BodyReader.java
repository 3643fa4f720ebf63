package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionType;

/** Reads and checks the type-specific fields of a raw question into its {@link Body}. */
final class BodyReader {

    /** Each type's own fields, in file order (a card's {@code front} stands in for the prompt). */
    static final Map<QuestionType, List<String>> FIELDS = Map.of(
            QuestionType.SINGLE, List.of("choices", "answer", "weights"),
            QuestionType.MULTI, List.of("choices", "answers", "weights"),
            QuestionType.TRUEFALSE, List.of("answer"),
            QuestionType.NUMERIC, List.of("answer", "tolerance", "unit", "partial"),
            QuestionType.DATE, List.of("answer"),
            QuestionType.TEXT, List.of("accept", "weights"),
            QuestionType.CLOZE, List.of("text"),
            QuestionType.ORDER, List.of("items"),
            QuestionType.MATCH, List.of("pairs", "extra"),
            QuestionType.CARD, List.of("front", "back"));

    private static final Pattern BLANK = Pattern.compile("\\{\\{(.*?)}}");

    private final FieldReader r;
    private final int minPairs;

    /** {@code minPairs}: 3 in curated banks; 2 in teachers' own, as Moodle allows. */
    BodyReader(FieldReader r, int minPairs) {
        this.r = r;
        this.minPairs = minPairs;
    }

    /** The body, or null when a field is wrong (the reasons are recorded). */
    Body read(QuestionType type) {
        return switch (type) {
            case SINGLE -> single();
            case MULTI -> multi();
            case TRUEFALSE -> {
                Boolean answer = r.requiredBoolean("answer");
                yield answer == null ? null : new Body.TrueFalse(answer);
            }
            case NUMERIC -> numeric();
            case DATE -> date();
            case TEXT -> text();
            case CLOZE -> cloze();
            case ORDER -> {
                List<String> items = unique("items", counted("items", r.requiredStrings("items"), 3, 8));
                yield items == null ? null : new Body.Order(items);
            }
            case MATCH -> match();
            case CARD -> {
                String back = r.requiredString("back");
                yield back == null ? null : new Body.Card(back);
            }
        };
    }

    private Body single() {
        int before = r.errorCount();
        List<String> choices = choices();
        String answer = r.requiredString("answer");
        if (choices == null || answer == null) {
            return null;
        }
        if (!choices.contains(answer)) {
            r.error("answer", "answer \"" + answer + "\" is not one of the choices");
            return null;
        }
        Map<String, Double> weights = weights(choices);
        if (weights != null) {
            weights.forEach((choice, w) -> {
                if (choice.equals(answer) ? w != 100 : w <= 0 || w > 100) {
                    r.error("weights", "weights: \"" + choice + "\" " + (choice.equals(answer)
                            ? "is the answer and is always worth 100" : "may get credit above 0 and up to 100, not " + w));
                }
            });
        }
        return r.errorCount() > before ? null : new Body.Single(choices, answer, weights);
    }

    private Body multi() {
        int before = r.errorCount();
        List<String> choices = choices();
        List<String> answers = unique("answers", counted("answers", r.requiredStrings("answers"), 1, Integer.MAX_VALUE));
        if (choices == null || answers == null) {
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < answers.size(); i++) {
            if (!choices.contains(answers.get(i))) {
                r.error("answers[" + i + "]", "answers[" + i + "] \"" + answers.get(i) + "\" is not one of the choices");
                ok = false;
            }
        }
        Map<String, Double> weights = ok ? weights(choices) : null;
        if (weights != null) {
            checkMultiWeights(answers, weights);
        }
        return ok && r.errorCount() == before ? new Body.Multi(choices, answers, weights) : null;
    }

    /** Accepted answers, and other answers with partial credit (above 0, below 100 percent) in {@code weights}. */
    private Body text() {
        int before = r.errorCount();
        List<String> accept = counted("accept", r.requiredStrings("accept"), 1, Integer.MAX_VALUE);
        Map<String, ?> raw = r.optionalMap("weights");
        Map<String, Double> weights = null;
        if (raw != null) {
            weights = new java.util.LinkedHashMap<>();
            FieldReader wr = r.nested(raw, "weights");
            for (String answer : raw.keySet()) {
                Double w = wr.number(answer, true);
                if (accept != null && accept.stream().anyMatch(a -> a.strip().equalsIgnoreCase(answer.strip()))) {
                    r.error("weights", "weights: \"" + answer + "\" is accepted already (worth 100)");
                } else if (w != null && (w <= 0 || w >= 100)) {
                    r.error("weights", "weights: \"" + answer + "\" may get partial credit above 0 and below 100, not " + w);
                } else if (answer.isBlank()) {
                    r.error("weights", "weights: an answer may not be empty");
                } else if (w != null) {
                    weights.put(answer, w);
                }
            }
        }
        return accept == null || r.errorCount() > before ? null : new Body.Text(accept, weights);
    }

    /** {@code weights}: choice to percent credit, each key one of the choices; null when absent or wrong. */
    private Map<String, Double> weights(List<String> choices) {
        Map<String, ?> raw = r.optionalMap("weights");
        if (raw == null) {
            return null;
        }
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        FieldReader wr = r.nested(raw, "weights");
        for (String choice : raw.keySet()) {
            Double w = wr.number(choice, true);
            if (!choices.contains(choice)) {
                r.error("weights", "weights: \"" + choice + "\" is not one of the choices");
            } else if (w != null && (w < -100 || w > 100)) {
                r.error("weights", "weights: \"" + choice + "\" must be between -100 and 100 percent, not " + w);
            } else if (w != null) {
                weights.put(choice, w);
            }
        }
        return weights;
    }

    private void checkMultiWeights(List<String> answers, Map<String, Double> weights) {
        double total = 0;
        for (String answer : answers) {
            Double w = weights.get(answer);
            if (w == null || w <= 0) {
                r.error("weights", "weights: the answer \"" + answer + "\" needs a positive weight");
            } else {
                total += w;
            }
        }
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!answers.contains(e.getKey()) && e.getValue() > 0) {
                r.error("weights", "weights: \"" + e.getKey() + "\" has credit but is not one of the answers");
            }
        }
        if (Math.abs(total - 100) > 0.01 && answers.stream().allMatch(weights::containsKey)) {
            r.error("weights", "weights: the answers' weights must add up to 100, not " + QuestionMaps.number(total));
        }
    }

    private List<String> choices() {
        return unique("choices", counted("choices", r.requiredStrings("choices"), 2, 8));
    }

    private Body numeric() {
        Double answer = r.number("answer", true);
        Double tolerance = r.number("tolerance", false);
        String unit = r.optionalString("unit");
        if (tolerance != null && tolerance < 0) {
            r.error("tolerance", "tolerance must be 0 or more, not " + tolerance);
            return null;
        }
        boolean unitOk = unit != null || !r.has("unit");
        int before = r.errorCount();
        List<Body.Band> partial = bands();
        return answer == null || !unitOk || r.errorCount() > before ? null
                : new Body.Numeric(answer, tolerance == null ? 0 : tolerance, unit, partial);
    }

    /** {@code partial}: values near other answers earning part of the credit, each {answer, tolerance?, weight}. */
    private List<Body.Band> bands() {
        List<Map<String, ?>> raw = r.has("partial") ? r.requiredMaps("partial") : null;
        if (raw == null) {
            return List.of();
        }
        List<Body.Band> bands = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = "partial[" + i + "]";
            FieldReader br = r.nested(raw.get(i), name);
            Double answer = br.number("answer", true);
            Double tolerance = br.number("tolerance", false);
            Double weight = br.number("weight", true);
            br.rejectUnknown(Set.of("answer", "tolerance", "weight"), null);
            if (tolerance != null && tolerance < 0) {
                br.error("tolerance", name + ".tolerance must be 0 or more, not " + tolerance);
            } else if (weight != null && (weight <= 0 || weight >= 100)) {
                br.error("weight", name + ".weight must be above 0 and below 100 percent, not " + weight);
            } else if (answer != null && weight != null) {
                bands.add(new Body.Band(answer, tolerance == null ? 0 : tolerance, weight));
            }
        }
        return bands;
    }

    private Body date() {
        String answer = r.requiredString("answer");
        if (answer == null) {
            return null;
        }
        return PartialDate.parseIso(answer).<Body>map(Body.DateAnswer::new).orElseGet(() -> {
            r.error("answer", "answer \"" + answer + "\" is not a real date of the form 1988, 1988-04 or 1988-04-14");
            return null;
        });
    }

    private Body cloze() {
        String text = r.requiredString("text");
        if (text == null) {
            return null;
        }
        List<List<String>> blanks = ClozeText.blanks(text);
        String rest = ClozeText.withGaps(text);
        if (blanks.isEmpty()) {
            r.error("text", "text has no blank: write blanks in double braces, e.g. {{1988}}");
        } else if (rest.contains("{{") || rest.contains("}}")) {
            r.error("text", "text has an unmatched {{ or }}");
        } else if (hasEmptyAlternative(text)) {
            r.error("text", "text has a blank with an empty alternative");
        } else {
            return new Body.Cloze(text);
        }
        return null;
    }

    /** Checked on the raw text, since {@link ClozeText#blanks} drops a trailing empty alternative ("{{1988|}}"). */
    private static boolean hasEmptyAlternative(String text) {
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            if (Arrays.stream(m.group(1).split("\\|", -1)).anyMatch(String::isBlank)) {
                return true;
            }
        }
        return false;
    }

    private Body match() {
        List<Map<String, ?>> raw = counted("pairs", r.requiredMaps("pairs"), minPairs, 8);
        if (raw == null) {
            return null;
        }
        int before = r.errorCount();
        List<Body.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            FieldReader pr = r.nested(raw.get(i), "pairs[" + i + "]");
            pairs.add(new Body.Pair(pr.requiredString("left"), pr.requiredString("right")));
            pr.rejectUnknown(Set.of("left", "right"), null);
        }
        if (r.errorCount() > before) {
            return null;
        }
        boolean lefts = unique("pairs", "left", pairs.stream().map(Body.Pair::left).toList());
        boolean rights = unique("pairs", "right", pairs.stream().map(Body.Pair::right).toList());
        List<String> extra = r.has("extra") ? r.requiredStrings("extra") : List.of();
        if (extra == null) {
            return null;
        }
        boolean extras = counted("extra", extra, 0, 8) != null;
        Set<String> seen = new java.util.HashSet<>();
        pairs.forEach(p -> seen.add(p.right().strip().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < extra.size(); i++) {
            if (!seen.add(extra.get(i).strip().toLowerCase(Locale.ROOT))) {
                r.error("extra[" + i + "]", "extra[" + i + "] \"" + extra.get(i) + "\" is already a right-hand option");
                extras = false;
            }
        }
        return lefts && rights && extras ? new Body.Match(pairs, extra) : null;
    }

    private <T> List<T> counted(String name, List<T> list, int min, int max) {
        if (list == null || (list.size() >= min && list.size() <= max)) {
            return list;
        }
        String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
        r.error(name, name + " has " + list.size() + (list.size() == 1 ? " entry" : " entries") + "; " + range + " are needed");
        return null;
    }

    private List<String> unique(String name, List<String> list) {
        return list != null && unique(name, null, list) ? list : null;
    }

    /** Records each entry that repeats an earlier one (ignoring case and surrounding spaces). */
    private boolean unique(String name, String part, List<String> values) {
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            Integer first = seen.putIfAbsent(values.get(i).strip().toLowerCase(Locale.ROOT), i);
            if (first != null) {
                String suffix = part == null ? "" : "." + part;
                String field = name + "[" + i + "]" + suffix;
                r.error(field, field + " \"" + values.get(i) + "\" repeats " + name + "[" + first + "]" + suffix);
                ok = false;
            }
        }
        return ok;
    }
}
