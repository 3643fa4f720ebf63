package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Finds a run of words a question shares with its source, word for word (case, accents and punctuation aside): the
 * sign of a sentence copied rather than written anew.
 */
final class CopiedRuns {

    private static final Pattern BLANK = Pattern.compile("\\{\\{([^}|]*)[^}]*}}");

    private final int length;
    private final Set<List<String>> sourceRuns = new HashSet<>();

    /** Every run of {@code length} words of {@code source}, ready to be looked up. */
    CopiedRuns(String source, int length) {
        this.length = length;
        List<String> words = words(source);
        for (int i = 0; i + length <= words.size(); i++) {
            sourceRuns.add(words.subList(i, i + length));
        }
    }

    /** The first run of the text also found in the source, as words joined by spaces. */
    Optional<String> firstIn(String text) {
        List<String> words = words(text);
        for (int i = 0; i + length <= words.size(); i++) {
            if (sourceRuns.contains(words.subList(i, i + length))) {
                return Optional.of(String.join(" ", words.subList(i, i + length)));
            }
        }
        return Optional.empty();
    }

    /** Every text a question holds, each on its own so that no run spans two of them; a cloze with its first answers filled in. */
    static List<String> texts(QuestionSpec q) {
        List<String> texts = new ArrayList<>(Arrays.asList(q.prompt(), q.explanation()));
        Body body = q.body();
        Stream<String> more = Stream.empty();
        if (body instanceof Body.Single s) {
            more = s.choices().stream();
        } else if (body instanceof Body.Multi m) {
            more = m.choices().stream();
        } else if (body instanceof Body.Text t) {
            more = t.accept().stream();
        } else if (body instanceof Body.Cloze c) {
            more = Stream.of(BLANK.matcher(c.text()).replaceAll("$1"));
        } else if (body instanceof Body.Order o) {
            more = o.items().stream();
        } else if (body instanceof Body.Match m) {
            more = m.pairs().stream().map(p -> p.left() + " " + p.right());
        } else if (body instanceof Body.Card c) {
            more = Stream.of(c.back());
        }
        more.forEach(texts::add);
        return texts.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    private static List<String> words(String text) {
        String normal = ItemWritingChecks.normal(text);
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }
}
