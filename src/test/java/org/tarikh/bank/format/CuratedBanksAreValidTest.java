package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.QuestionSpec;

/** The project's own {@code questions/} folder (resolved from the working directory, the project root) passes every rule. */
class CuratedBanksAreValidTest {

    /** The tag of a question that asks why, what followed, or how two things compare. */
    static final String REASONING_TAG = "cause";
    /** The wording such a question uses; a tag without it is a mislabel. */
    static final Pattern REASONING_WORDS = Pattern.compile("(?i)\\b(why|because|reasons?|led|lead|leading|result(ed|s)?"
            + "|follow(ed|s|ing)?|after|consequences?|effects?|caused?|compare[ds]?|differ(ed|ence)?|than|contrast|unlike"
            + "|changed?|turn(ed)?|so that|in order to|what came of)\\b");
    static final double MIN_REASONING_SHARE = 0.30;

    private static BankCollection collection;

    @BeforeAll
    static void readQuestions() throws IOException {
        Path questions = Path.of("questions");
        assertTrue(Files.isDirectory(questions), "no questions/ folder in " + Path.of("").toAbsolutePath());
        collection = new BankFolderReader().read(questions);
    }

    private static List<QuestionSpec> all() {
        return collection.banks().stream().filter(b -> b.bank() != null).flatMap(b -> b.bank().questions().stream()).toList();
    }

    @Test
    void curatedBanksHaveNoErrors() {
        List<LineError> errors = collection.errors();
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors in questions/:\n"
                + errors.stream().map(LineError::toString).collect(Collectors.joining("\n")));
        assertTrue(collection.questionCount() > 0, "questions/ holds no questions");
    }

    @Test
    void curatedBanksHaveNoItemWritingWarnings() {
        List<LineError> warnings = collection.warnings();
        assertTrue(warnings.isEmpty(), () -> warnings.size() + " warnings in questions/:\n"
                + warnings.stream().map(LineError::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void atLeastThirtyPercentAskWhyWhatFollowedOrCompare() {
        List<QuestionSpec> all = all();
        List<QuestionSpec> reasoning = all.stream().filter(q -> q.tags() != null && q.tags().contains(REASONING_TAG)).toList();
        double share = (double) reasoning.size() / all.size();
        assertTrue(share >= MIN_REASONING_SHARE, () -> String.format("only %d of %d questions (%.0f%%) are tagged %s",
                reasoning.size(), all.size(), 100 * share, REASONING_TAG));
        List<String> mislabelled = reasoning.stream()
                .filter(q -> !REASONING_WORDS.matcher(q.prompt()).find())
                .map(QuestionSpec::id).toList();
        assertTrue(mislabelled.isEmpty(), () -> "tagged " + REASONING_TAG + " without asking why, what followed or"
                + " how things compare: " + mislabelled);
    }

    @Test
    void theIntroductionIsCitedAndEveryQuestionCitesASection() {
        List<QuestionSpec> all = all();
        assertTrue(all.stream().allMatch(q -> !q.sections().isEmpty()), "a question cites no section");
        assertTrue(all.stream().filter(q -> q.sections().contains("Introduction")).count() >= 10,
                "fewer than 10 questions cite the Introduction");
    }
}
