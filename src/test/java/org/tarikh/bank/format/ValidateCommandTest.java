package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void validFolderPrintsASummaryAndReturnsZero() {
        assertEquals(0, run(Fixtures.goodFolder().toString()));
        assertEquals("2 files, 10 questions (single 1, multi 1, truefalse 1, numeric 1, date 1, text 1, cloze 1, order 1,"
                + " match 1, card 1), 0 errors\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void errorsArePrintedOnePerLineAndReturnOne(@TempDir Path root) throws IOException {
        Path good = Fixtures.goodFolder().resolve("najibullah");
        Files.createDirectories(root.resolve("najib"));
        Files.copy(good.resolve("source.yaml"), root.resolve("najib/source.yaml"));
        Files.writeString(root.resolve("najib/bad.yaml"), Files.readString(good.resolve("all-types.yaml"))
                .replace("answer: \"KHAD\"", "answer: \"KGB\""));
        assertEquals(1, run(root.toString()));
        assertEquals(root + "/najib/bad.yaml:12: khad-chief: answer \"KGB\" is not one of the choices\n"
                + "2 files, 9 questions (multi 1, truefalse 1, numeric 1, date 1, text 1, cloze 1, order 1, match 1, card 1),"
                + " 1 error\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void warningsArePrintedAfterTheErrorsButDoNotFail(@TempDir Path root) throws IOException {
        Path good = Fixtures.goodFolder().resolve("najibullah");
        Files.createDirectories(root.resolve("najib"));
        Files.copy(good.resolve("source.yaml"), root.resolve("najib/source.yaml"));
        Files.writeString(root.resolve("najib/hint.yaml"), Files.readString(good.resolve("all-types.yaml"))
                .replace("Which security service did Najibullah lead from 1980?", "Which service, KHAD or another, did he lead?"));
        assertEquals(0, run(root.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith(root + "/najib/hint.yaml:7: khad-chief: warning: the answer \"KHAD\" appears in the question itself\n"),
                printed);
        assertTrue(printed.endsWith(", 0 errors, 1 warning\n"), printed);
    }

    /** The command line reports each flaw issue 13 asked the validator to catch, each at its own line. */
    @Test
    void everyItemWritingFlawAndAMissingSectionAreReported(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("najib"));
        Files.copy(Fixtures.goodFolder().resolve("najibullah/source.yaml"), root.resolve("najib/source.yaml"));
        Files.writeString(root.resolve("najib/flaws.yaml"), """
                bank: flaws
                title: "Flaws"
                description: "One flaw per question."
                language: en
                questions:
                  - id: named
                    type: text
                    topic: offices
                    prompt: "Which service, KHAD or another, did he lead?"
                    accept: ["KHAD"]
                    explanation: "He led KHAD."
                    source: { section: "Minister of State Security: 1980–1985" }
                  - id: long-key
                    type: single
                    topic: events
                    prompt: "Where did he stay from 1992?"
                    choices: ["In the United Nations compound in Kabul", "In a village in Paktia", "In Delhi"]
                    answer: "In the United Nations compound in Kabul"
                    explanation: "At the UN compound."
                    source: { section: "Soviet withdrawal" }
                  - id: vague
                    type: numeric
                    topic: offices
                    prompt: "About how many staff did KHAD have when he took over?"
                    answer: 120
                    explanation: "About 120."
                    source: { section: "Minister of State Security: 1980–1985" }
                  - id: again
                    type: single
                    topic: events
                    prompt: "where did he stay from 1992"
                    choices: ["Kabul", "Gardez"]
                    answer: "Kabul"
                    explanation: "Kabul."
                    source: { section: "Soviet withdrawal" }
                """);
        Files.writeString(root.resolve("najib/lost.yaml"), """
                bank: lost
                title: "Lost"
                description: "A question citing a section the source lacks."
                language: en
                questions:
                  - id: exile
                    type: truefalse
                    topic: events
                    prompt: "He went into exile in Europe."
                    answer: true
                    explanation: "He did."
                    source: { section: "Exile in Europe" }
                """);
        assertEquals(1, run(root.toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                root + "/najib/lost.yaml:12: exile: source.section \"Exile in Europe\" is not a section of source.yaml",
                root + "/najib/flaws.yaml:6: named: warning: the answer \"KHAD\" appears in the question itself",
                root + "/najib/flaws.yaml:13: long-key: warning: the key is 2.6 times as long as the other choices on average"
                        + " (more than 1.5 gives it away)",
                root + "/najib/flaws.yaml:21: vague: warning: the prompt asks for an approximate number but the tolerance is 0",
                root + "/najib/flaws.yaml:28: again: warning: same prompt as long-key (" + root + "/najib/flaws.yaml)",
                "3 files, 4 questions (single 2, numeric 1, text 1), 1 error, 4 warnings"), lines);
    }

    @Test
    void missingFolderIsAUsageError() {
        assertEquals(2, run("no-such-folder"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("no such folder: no-such-folder"));
    }
}
