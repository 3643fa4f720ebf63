package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a hostile probe found that N unknown keys cost O(N^2) (50k keys: 13.6 s) and that a 627-byte
 * alias bomb took 5.8 s. Reading stays linear, and aliases are few and cannot expand without end.
 */
class HostileYamlTest {

    private static final String HEADER = "bank: b\ntitle: t\ndescription: d\nlanguage: en\nquestions:\n";

    private static ParsedBank read(String text) {
        return BankFileReader.read("import", text, ValidationContext.open());
    }

    @Test
    void manyUnknownKeysAreReportedInLinearTime() {
        StringBuilder yaml = new StringBuilder(HEADER + "  - id: q1\n    type: card\n    topic: t\n    front: f\n    back: b\n");
        int keys = 100_000;
        for (int i = 0; i < keys; i++) {
            yaml.append("    k").append(i).append(": v\n");
        }
        ParsedBank parsed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(yaml.toString()));
        List<LineError> unknown = parsed.errors().stream().filter(e -> e.message().startsWith("unknown field")).toList();
        assertEquals(keys, unknown.size(), () -> parsed.errors().stream()
                .filter(e -> !e.message().startsWith("unknown field")).toList().toString());
        LineError last = unknown.get(keys - 1);
        assertEquals(10 + keys, last.line(), "each unknown key on its own line: " + last);
    }

    @Test
    void anAliasBombIsRefusedQuickly() {
        String bomb = HEADER + """
                  - id: q1
                    type: card
                    topic: t
                    front: f
                    back: b
                    tags: &a0 [x, x, x, x, x, x, x, x, x]
                x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
                x2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
                x3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
                x4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
                x5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
                x6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
                x7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
                x8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
                """;
        ParsedBank parsed = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(bomb));
        assertFalse(parsed.errors().isEmpty());
        assertTrue(parsed.errors().get(0).message().contains("alias"), parsed.errors().toString());
    }

    @Test
    void aFewAliasesThatExpandTooFarAreOneError() {
        StringBuilder yaml = new StringBuilder(HEADER + "  - id: q1\n    type: card\n    topic: t\n    front: f\n    back: b\n");
        yaml.append("    tags: &a0 [").append("x, ".repeat(999)).append("x]\n");
        yaml.append("    m1: &a1 [*a0, *a0, *a0]\n");
        yaml.append("    m2: &a2 [*a1, *a1, *a1]\n");
        yaml.append("    m3: &a3 [*a2, *a2, *a2]\n");
        yaml.append("    m4: [*a3, *a3, *a3]\n");
        ParsedBank parsed = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(yaml.toString()));
        assertTrue(parsed.errors().stream().anyMatch(e -> e.message().contains("alias")), parsed.errors().toString());
    }

    @Test
    void anOverlongLineIsRefusedByItsNumberBeforeSnakeYamlScansIt() {
        String text = HEADER + "  - id: q1\n    type: card\n    topic: t\n    front: " + "f".repeat(1_000_000)
                + "\n    back: b\n";
        ParsedBank parsed = assertTimeoutPreemptively(Duration.ofMillis(500), () -> read(text));
        assertEquals(List.of("9: this line is 1,000,011 characters long; a line of a bank file holds at most 100,000"),
                parsed.errors().stream().map(e -> e.line() + ": " + e.message()).toList());
        String longest = HEADER + "  - id: q1\n    type: card\n    topic: t\n    front: \"" + "\\u0066".repeat(10_000)
                + "\"\n    back: b\n";
        assertEquals(List.of(), read(longest).errors(), "a longest text written as escapes is still read");
    }

    @Test
    void controlCharactersAndOverlongNamesAreErrorsOnTheirLine() {
        List<LineError> errors = read(HEADER + "  - id: q1\n    type: card\n    topic: \"" + "t".repeat(65) + "\"\n"
                + "    front: \"a\\0b\"\n    back: \"\\u202Eb\"\n").errors();
        assertTrue(errors.stream().anyMatch(e -> e.line() == 8 && e.message().contains("at most 64")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.line() == 9 && e.message().contains("U+0000")), errors.toString());
    }
}
