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
import org.tarikh.bank.content.QuestionType;

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
        return switch (body.type()) {
            case CLOZE -> prompt + "|" + norm(ClozeText.withGaps(((Body.Cloze) body).text()));
            case ORDER -> prompt + "|" + ((Body.Order) body).items().stream().map(Contradictions::norm).sorted().toList();
            case MATCH -> prompt + "|" + ((Body.Match) body).pairs().stream().map(p -> norm(p.left())).sorted().toList();
            case SINGLE, MULTI, TRUEFALSE, NUMERIC, DATE, TEXT, CARD -> prompt;
        };
    }

    /** Choices and text answers compare with each other; every other type only with its own. */
    static boolean contradict(Body a, Body b) {
        boolean sameType = a.type() == b.type();
        return switch (a.type()) {
            case SINGLE, MULTI -> choiceContradicts(a, b);
            case TEXT -> textContradicts((Body.Text) a, b);
            case TRUEFALSE -> sameType && ((Body.TrueFalse) a).answer() != ((Body.TrueFalse) b).answer();
            case NUMERIC -> sameType && numbersContradict((Body.Numeric) a, (Body.Numeric) b);
            case DATE -> sameType && datesContradict((Body.DateAnswer) a, (Body.DateAnswer) b);
            case CLOZE -> sameType && blanksContradict((Body.Cloze) a, (Body.Cloze) b);
            case ORDER -> sameType && !norms(((Body.Order) a).items()).equals(norms(((Body.Order) b).items()));
            case MATCH -> sameType && pairsContradict((Body.Match) a, (Body.Match) b);
            case CARD -> sameType && !norm(((Body.Card) a).back()).equals(norm(((Body.Card) b).back()));
        };
    }

    /** {@code choice} is a single or a multi. */
    private static boolean choiceContradicts(Body choice, Body b) {
        return switch (b.type()) {
            case SINGLE, MULTI -> overlaps(right(choice), wrong(b)) || overlaps(right(b), wrong(choice));
            case TEXT -> choice.type() == QuestionType.SINGLE && textContradicts((Body.Text) b, choice);
            case TRUEFALSE, NUMERIC, DATE, CLOZE, ORDER, MATCH, CARD -> false;
        };
    }

    private static boolean textContradicts(Body.Text t, Body b) {
        return switch (b.type()) {
            case SINGLE -> !norms(t.accept()).contains(norm(((Body.Single) b).answer()));
            case TEXT -> !overlaps(norms(t.accept()), norms(((Body.Text) b).accept()));
            case MULTI, TRUEFALSE, NUMERIC, DATE, CLOZE, ORDER, MATCH, CARD -> false;
        };
    }

    private static boolean numbersContradict(Body.Numeric x, Body.Numeric y) {
        return Math.abs(x.answer() - y.answer()) > Math.max(x.tolerance(), y.tolerance());
    }

    /** Compared at the coarser of the two precisions. */
    private static boolean datesContradict(Body.DateAnswer x, Body.DateAnswer y) {
        PartialDate.Precision p = x.answer().precision().compareTo(y.answer().precision()) < 0
                ? x.answer().precision() : y.answer().precision();
        return !x.answer().truncatedTo(p).equals(y.answer().truncatedTo(p));
    }

    private static boolean blanksContradict(Body.Cloze x, Body.Cloze y) {
        List<List<String>> xs = x.blanks();
        List<List<String>> ys = y.blanks();
        for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
            if (!overlaps(norms(xs.get(i)), norms(ys.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pairsContradict(Body.Match x, Body.Match y) {
        Map<String, String> mx = pairs(x);
        return pairs(y).entrySet().stream().anyMatch(e -> !e.getValue().equals(mx.getOrDefault(e.getKey(), e.getValue())));
    }

    /** The normalised right answers of a single or a multi. */
    private static List<String> right(Body choice) {
        return norms(choice.type() == QuestionType.SINGLE ? List.of(((Body.Single) choice).answer())
                : ((Body.Multi) choice).answers());
    }

    /** The normalised wrong choices of a single or a multi. */
    private static List<String> wrong(Body choice) {
        List<String> choices = norms(choice.type() == QuestionType.SINGLE ? ((Body.Single) choice).choices()
                : ((Body.Multi) choice).choices());
        choices.removeAll(right(choice));
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
