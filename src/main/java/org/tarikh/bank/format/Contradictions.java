package org.tarikh.bank.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;

/**
 * A heuristic for "no two questions assert contradictory answers to the same fact": two questions whose
 * normalised prompts (and, for cloze, order and match, their content) are the same, where one keys as right
 * an answer the other keys as wrong. Only comparable types are compared (choice with choice or text, date with
 * date, and so on).
 */
final class Contradictions {

    /** Where a question sits in the collection. */
    record Located(String file, int line, String bank, QuestionSpec question) {
    }

    private Contradictions() {
    }

    /** One error on each question that contradicts an earlier one, naming the first it contradicts. */
    static List<LineError> find(List<Located> questions) {
        Map<String, List<Located>> byFact = new HashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (Located q : questions) {
            List<Located> earlier = byFact.computeIfAbsent(factKey(q.question()), k -> new ArrayList<>());
            earlier.stream().filter(e -> contradict(e.question().body(), q.question().body())).findFirst().ifPresent(e ->
                    errors.add(new LineError(q.file(), q.line(), q.question().id(), "contradicts " + e.bank() + "/"
                            + e.question().id() + " (" + e.file() + ":" + e.line() + "): the same prompt with a different answer")));
            earlier.add(q);
        }
        return errors;
    }

    static String factKey(QuestionSpec q) {
        String prompt = norm(q.prompt());
        Body body = q.body();
        if (body instanceof Body.Cloze c) {
            return prompt + "|" + norm(ClozeText.withGaps(c.text()));
        } else if (body instanceof Body.Order o) {
            return prompt + "|" + o.items().stream().map(Contradictions::norm).sorted().toList();
        } else if (body instanceof Body.Match m) {
            return prompt + "|" + m.pairs().stream().map(p -> norm(p.left())).sorted().toList();
        }
        return prompt;
    }

    static boolean contradict(Body a, Body b) {
        if (isChoice(a) && isChoice(b)) {
            return overlaps(right(a), wrong(b)) || overlaps(right(b), wrong(a));
        } else if (a instanceof Body.Single s && b instanceof Body.Text t) {
            return !norms(t.accept()).contains(norm(s.answer()));
        } else if (a instanceof Body.Text t && b instanceof Body.Single s) {
            return !norms(t.accept()).contains(norm(s.answer()));
        } else if (a instanceof Body.Text t && b instanceof Body.Text u) {
            return !overlaps(norms(t.accept()), norms(u.accept()));
        } else if (a instanceof Body.TrueFalse x && b instanceof Body.TrueFalse y) {
            return x.answer() != y.answer();
        } else if (a instanceof Body.Numeric x && b instanceof Body.Numeric y) {
            return Math.abs(x.answer() - y.answer()) > Math.max(x.tolerance(), y.tolerance());
        } else if (a instanceof Body.DateAnswer x && b instanceof Body.DateAnswer y) {
            PartialDate.Precision p = x.answer().precision().compareTo(y.answer().precision()) < 0
                    ? x.answer().precision() : y.answer().precision();
            return !x.answer().truncatedTo(p).equals(y.answer().truncatedTo(p));
        } else if (a instanceof Body.Cloze x && b instanceof Body.Cloze y) {
            List<List<String>> xs = x.blanks();
            List<List<String>> ys = y.blanks();
            for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
                if (!overlaps(norms(xs.get(i)), norms(ys.get(i)))) {
                    return true;
                }
            }
        } else if (a instanceof Body.Order x && b instanceof Body.Order y) {
            return !norms(x.items()).equals(norms(y.items()));
        } else if (a instanceof Body.Match x && b instanceof Body.Match y) {
            Map<String, String> mx = pairs(x);
            return pairs(y).entrySet().stream().anyMatch(e -> !e.getValue().equals(mx.getOrDefault(e.getKey(), e.getValue())));
        } else if (a instanceof Body.Card x && b instanceof Body.Card y) {
            return !norm(x.back()).equals(norm(y.back()));
        }
        return false;
    }

    private static boolean isChoice(Body b) {
        return b instanceof Body.Single || b instanceof Body.Multi;
    }

    private static List<String> right(Body b) {
        return norms(b instanceof Body.Single s ? List.of(s.answer()) : ((Body.Multi) b).answers());
    }

    private static List<String> wrong(Body b) {
        List<String> choices = norms(b instanceof Body.Single s ? s.choices() : ((Body.Multi) b).choices());
        choices.removeAll(right(b));
        return choices;
    }

    private static Map<String, String> pairs(Body.Match m) {
        Map<String, String> map = new LinkedHashMap<>();
        m.pairs().forEach(p -> map.put(norm(p.left()), norm(p.right())));
        return map;
    }

    private static boolean overlaps(Collection<String> a, Collection<String> b) {
        Set<String> set = Set.copyOf(b);
        return a.stream().anyMatch(set::contains);
    }

    private static List<String> norms(List<String> values) {
        return values.stream().map(Contradictions::norm).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Lower case, without accents, punctuation or extra spaces. */
    static String norm(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
