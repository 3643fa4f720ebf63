package org.tarikh.bank.format;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/**
 * Finds places where one question gives away another's answer: a short key of question A (a name, a date, a number,
 * a place, a cloze blank) shown in a text of question B that the learner reads before answering B (its prompt, a
 * cloze's text, a choice, an order item, one side of a match pair), next to a word of what A asks. The key alone is
 * not enough, since names and years recur across a subject; the shared word is what ties B's text to A's fact. The
 * finder over-reports on purpose: every hit is for a person to read.
 */
final class AnswerLeaks {

    /** Question {@code answered}'s key {@code key} appears in {@code leaking}'s {@code part}, sharing {@code words}. */
    record Leak(String answered, String key, String leaking, String part, Set<String> words) {

        /** The pair as reviewers name it: "answered <- leaking". */
        String pair() {
            return answered + " <- " + leaking;
        }

        @Override
        public String toString() {
            return pair() + ": \"" + key + "\" in " + part + " (shared: " + String.join(", ", words) + ")";
        }
    }

    private record Part(String label, String text) {
    }

    /** Words that tie nothing to a fact: grammar, the wording of instructions, and time in general. */
    private static final Set<String> NOISE = Set.of(("the and for from with was were been being its his her him she they them"
            + " their this that these those which who whom what when where why how did does had has have not into after"
            + " before than then such put order fill blanks match each following source article according true false"
            + " year years one two three").split(" "));
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[, ](?=\\d{3}\\b)");
    /** Keys longer than this many words are explanations, not facts another item could name in passing. */
    private static final int MAX_KEY_WORDS = 6;
    private static final int STEM = 5;
    /** A stem in one question out of this many, or more, is common to the subject. */
    private static final int COMMON_SHARE = 10;
    /** ...and in at least this many questions, so that a handful of questions has no common stems. */
    private static final int MIN_COMMON = 5;
    private static final Pattern BLANK = Pattern.compile("\\{\\{[^}]*}}");

    private AnswerLeaks() {
    }

    /**
     * Every leak among {@code questions}. A key equal to the subject's own name (in {@code subjectNames}) is skipped: it
     * answers nothing. Results are in question order.
     */
    static List<Leak> find(List<QuestionSpec> questions, Set<String> subjectNames) {
        Set<String> skipped = subjectNames.stream().map(AnswerLeaks::normal).collect(Collectors.toSet());
        Set<String> common = commonStems(questions);
        List<Leak> leaks = new ArrayList<>();
        for (QuestionSpec a : questions) {
            Set<String> asked = stems(ItemWritingChecks.stem(a));
            asked.removeAll(common);
            for (String key : keys(a)) {
                String k = normal(key);
                if (k.isEmpty() || skipped.contains(k)) {
                    continue;
                }
                Set<String> facts = new TreeSet<>(asked);
                facts.removeAll(stems(key));
                for (QuestionSpec b : questions) {
                    if (b == a) {
                        continue;
                    }
                    for (Part part : visibleParts(b)) {
                        String text = normal(part.text());
                        if ((" " + text + " ").contains(" " + k + " ")) {
                            Set<String> shared = new TreeSet<>(facts);
                            shared.retainAll(stems(part.text()));
                            if (!shared.isEmpty()) {
                                leaks.add(new Leak(a.id(), key, b.id(), part.label() + " \"" + part.text() + "\"", shared));
                            }
                        }
                    }
                }
            }
        }
        return leaks;
    }

    /**
     * Stems found in at least a tenth of the questions ("najib", "afgha", "sovie" for the Najibullah banks): they name
     * the subject, not a fact, so sharing one ties nothing together.
     */
    private static Set<String> commonStems(List<QuestionSpec> questions) {
        Map<String, Long> counts = questions.stream()
                .flatMap(q -> visibleParts(q).stream().flatMap(p -> stems(p.text()).stream()).distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COMMON && e.getValue() * COMMON_SHARE >= questions.size())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The short answers a question asks for, as a learner could read them elsewhere. */
    static List<String> keys(QuestionSpec q) {
        Body body = q.body();
        Stream<String> keys;
        if (body instanceof Body.Single s) {
            keys = Stream.of(s.answer());
        } else if (body instanceof Body.Multi m) {
            keys = m.answers().stream();
        } else if (body instanceof Body.Text t) {
            keys = t.accept().stream();
        } else if (body instanceof Body.Cloze c) {
            keys = c.blanks().stream().flatMap(List::stream);
        } else if (body instanceof Body.Numeric n) {
            keys = Stream.of(QuestionMaps.number(n.answer()).toString());
        } else if (body instanceof Body.DateAnswer d) {
            keys = Stream.of(asWritten(d.answer()));
        } else {
            keys = Stream.empty();
        }
        return keys.filter(k -> normal(k).split(" ").length <= MAX_KEY_WORDS).distinct().toList();
    }

    /** A year alone, or month and year: a day-precise answer is given away by its month and year already. */
    private static String asWritten(PartialDate date) {
        if (date.month() == null) {
            return Integer.toString(date.year());
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return month + " " + date.year();
    }

    /** What the learner reads before answering, piece by piece: a match's two sides count apart, since only the pairing is asked. */
    private static List<Part> visibleParts(QuestionSpec q) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(q.type() == QuestionType.CARD ? "front" : "prompt", q.prompt() == null ? "" : q.prompt()));
        Body body = q.body();
        if (body instanceof Body.Cloze c) {
            parts.add(new Part("cloze text", BLANK.matcher(c.text()).replaceAll("_____")));
        } else if (body instanceof Body.Single s) {
            s.choices().forEach(c -> parts.add(new Part("choice", c)));
        } else if (body instanceof Body.Multi m) {
            m.choices().forEach(c -> parts.add(new Part("choice", c)));
        } else if (body instanceof Body.Order o) {
            o.items().forEach(i -> parts.add(new Part("item", i)));
        } else if (body instanceof Body.Match m) {
            m.pairs().forEach(p -> {
                parts.add(new Part("left", p.left()));
                parts.add(new Part("right", p.right()));
            });
        }
        return parts;
    }

    /** The word stems of a text that can tie it to a fact (five letters: "resigned" and "resignation" meet). */
    private static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : normal(text).split(" ")) {
            if (word.length() >= 3 && !NOISE.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }

    /** As {@link ItemWritingChecks#normal}, with digit groups joined: "100,000" and "100000" are one number. */
    static String normal(String text) {
        return ItemWritingChecks.normal(DIGIT_GROUP.matcher(text == null ? "" : text).replaceAll(""));
    }
}
