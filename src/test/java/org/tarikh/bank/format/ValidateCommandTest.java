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

    @Test
    void missingFolderIsAUsageError() {
        assertEquals(2, run("no-such-folder"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("no such folder: no-such-folder"));
    }
}
