package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/**
 * The Najibullah banks cover their source: every section with text of its own is asked about more than once, and the
 * themes a teacher would stress (the presidency, KHAD's repression) are asked by several questions of several types.
 */
class CuratedCoverageTest {

    static final String SUBJECT = "najibullah";
    static final int MIN_PER_SECTION = 2;
    /** Tag of a theme, and how many questions of how many types must ask about it. */
    static final Map<String, Integer> THEMES = Map.of("president", 3, "repression", 3);

    private static ParsedSource source;
    private static List<QuestionSpec> questions;

    @BeforeAll
    static void read() throws IOException {
        BankCollection collection = new BankFolderReader().read(Path.of("questions"));
        source = collection.sources().stream().filter(s -> Path.of(s.file()).getParent().endsWith(SUBJECT)).findFirst().orElseThrow();
        questions = collection.banks().stream().filter(b -> b.bank() != null && Path.of(b.file()).getParent().endsWith(SUBJECT))
                .flatMap(b -> b.bank().questions().stream()).toList();
    }

    @Test
    void everySectionWithTextOfItsOwnIsAskedAboutMoreThanOnce() throws IOException {
        Path text = Path.of("..", "shared", "sources", SUBJECT + ".txt");
        assumeTrue(Files.isRegularFile(text), () -> "no source text at " + text.toAbsolutePath());
        List<String> sections = source.source().sections();
        Set<String> parents = parentHeadings(Files.readAllLines(text), Set.copyOf(sections));
        Map<String, Long> cited = questions.stream().flatMap(q -> q.sections().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> thin = sections.stream().filter(s -> !parents.contains(s) && cited.getOrDefault(s, 0L) < MIN_PER_SECTION)
                .map(s -> s + " (" + cited.getOrDefault(s, 0L) + ")").toList();
        assertTrue(thin.isEmpty(), () -> "sections asked about fewer than " + MIN_PER_SECTION + " times: " + thin);
        assertTrue(parents.size() < sections.size() / 2, () -> "most headings look empty, the source was misread: " + parents);
    }

    @Test
    void keyThemesAreAskedBySeveralQuestionsOfSeveralTypes() {
        THEMES.forEach((tag, least) -> {
            List<QuestionSpec> asking = questions.stream().filter(q -> q.tags() != null && q.tags().contains(tag)).toList();
            Set<QuestionType> types = asking.stream().map(QuestionSpec::type).collect(Collectors.toSet());
            assertTrue(asking.size() >= least && types.size() >= least, () -> "'" + tag + "' is asked by " + asking.size()
                    + " questions of types " + types + "; want at least " + least + " of as many types");
        });
    }

    /** Headings followed straight away by another heading: they only group subsections and have no text to ask about. */
    static Set<String> parentHeadings(List<String> lines, Set<String> headings) {
        List<String> nonEmpty = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return IntStream.range(0, nonEmpty.size() - 1)
                .filter(i -> headings.contains(nonEmpty.get(i)) && headings.contains(nonEmpty.get(i + 1)))
                .mapToObj(nonEmpty::get).collect(Collectors.toSet());
    }
}
