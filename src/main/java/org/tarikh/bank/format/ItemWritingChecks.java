package org.tarikh.bank.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/**
 * Item-writing flaws that leave a question valid but make it a poorer test. They are warnings, not errors: a
 * teacher's import still loads, while the curated banks are held to having none.
 */
public final class ItemWritingChecks {

    /** A single-choice key longer than this many times its distractors' mean length stands out as the answer. */
    static final double LONG_KEY_RATIO = 1.5;
    private static final Pattern HEDGE = Pattern.compile("\\b(about|roughly|approximately|approx)\\b");
    private static final Pattern BLANK = Pattern.compile("\\{\\{[^}]*}}");

    private ItemWritingChecks() {
    }

    /** Every flaw of one question, as a message naming it. */
    public static List<String> of(QuestionSpec q) {
        List<String> warnings = new ArrayList<>();
        answerInPrompt(q).ifPresent(warnings::add);
        longKey(q).ifPresent(warnings::add);
        hedgedExactNumber(q).ifPresent(warnings::add);
        return warnings;
    }

    /** The text a learner reads before answering: the prompt, and a cloze's text with its blanks emptied. */
    static String stem(QuestionSpec q) {
        String prompt = q.prompt() == null ? "" : q.prompt();
        return q.type() == QuestionType.CLOZE
                ? prompt + " " + BLANK.matcher(((Body.Cloze) q.body()).text()).replaceAll(" ") : prompt;
    }

    static Optional<String> answerInPrompt(QuestionSpec q) {
        String stem = normal(stem(q));
        return answers(q).filter(a -> appearsIn(normal(a), stem)).findFirst()
                .map(a -> "the answer \"" + a + "\" appears in the question itself");
    }

    /** As whole words; a one-word answer of four letters or more also inside a longer word ("Ullah" in "Najibullah"). */
    private static boolean appearsIn(String answer, String stem) {
        if (answer.isEmpty()) {
            return false;
        }
        if ((" " + stem + " ").contains(" " + answer + " ")) {
            return true;
        }
        return answer.length() >= 4 && !answer.contains(" ") && !answer.chars().allMatch(Character::isDigit)
                && Stream.of(stem.split(" ")).anyMatch(word -> word.contains(answer));
    }

    private static Stream<String> answers(QuestionSpec q) {
        Body b = q.body();
        return switch (b.type()) {
            case SINGLE -> Stream.of(((Body.Single) b).answer());
            case MULTI -> ((Body.Multi) b).answers().stream();
            case TEXT -> ((Body.Text) b).accept().stream();
            case CLOZE -> ClozeText.blanks(((Body.Cloze) b).text()).stream().flatMap(List::stream);
            case NUMERIC -> Stream.of(QuestionMaps.number(((Body.Numeric) b).answer()).toString());
            case TRUEFALSE, DATE, ORDER, MATCH, CARD -> Stream.empty();
        };
    }

    static Optional<String> longKey(QuestionSpec q) {
        if (q.type() != QuestionType.SINGLE) {
            return Optional.empty();
        }
        Body.Single s = (Body.Single) q.body();
        if (s.choices().size() < 2) {
            return Optional.empty();
        }
        double mean = s.choices().stream().filter(c -> !c.equals(s.answer())).mapToInt(String::length).average().orElse(0);
        double ratio = s.answer().length() / mean;
        return ratio > LONG_KEY_RATIO
                ? Optional.of(String.format(Locale.ROOT, "the key is %.1f times as long as the other choices"
                        + " on average (more than %.1f gives it away)", ratio, LONG_KEY_RATIO))
                : Optional.empty();
    }

    static Optional<String> hedgedExactNumber(QuestionSpec q) {
        boolean exact = q.type() == QuestionType.NUMERIC && ((Body.Numeric) q.body()).tolerance() == 0;
        if (exact && HEDGE.matcher(normal(q.prompt())).find()) {
            return Optional.of("the prompt asks for an approximate number but the tolerance is 0");
        }
        return Optional.empty();
    }

    /** Lower case, no accents, punctuation as spaces: how texts are compared. */
    static String normal(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
