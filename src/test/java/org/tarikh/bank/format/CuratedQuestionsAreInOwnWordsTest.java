package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Curated questions carry the source's facts, not its sentences: no text of a question (prompt, choices, items,
 * explanation, card back) repeats ten words of the source in a row. The source texts are the project's shared
 * material, next to the repository ({@code ../shared/sources/<subject>.txt}).
 */
class CuratedQuestionsAreInOwnWordsTest {

    static final int RUN = 10;
    private static final Path SOURCES = Path.of("..", "shared", "sources");

    @Test
    void noQuestionRepeatsTenWordsOfItsSource() throws IOException {
        BankCollection collection = new BankFolderReader().read(Path.of("questions"));
        List<String> copied = new ArrayList<>();
        int checked = 0;
        for (ParsedBank bank : collection.banks()) {
            if (bank.bank() == null) {
                continue;
            }
            Path source = SOURCES.resolve(Path.of(bank.file()).getParent().getFileName() + ".txt");
            assumeTrue(Files.isRegularFile(source), () -> "no source text at " + source.toAbsolutePath());
            CopiedRuns runs = new CopiedRuns(Files.readString(source), RUN);
            for (QuestionSpec q : bank.bank().questions()) {
                checked++;
                for (String text : CopiedRuns.texts(q)) {
                    runs.firstIn(text).ifPresent(run -> copied.add(bank.file() + ": " + q.id() + ": \"" + run + "\""));
                }
            }
        }
        assertTrue(checked > 0, "no curated questions were checked");
        assertTrue(copied.isEmpty(), () -> copied.size() + " texts copy " + RUN + " words in a row from the source:\n"
                + String.join("\n", copied));
    }
}
