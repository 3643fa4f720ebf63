package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks across files: sources per folder, unique bank slugs, no contradictory answers. */
class BankFolderReaderTest {

    private static final String SOURCE = """
            title: "Mohammad Najibullah"
            url: "https://en.wikipedia.org/wiki/Mohammad_Najibullah"
            license: "CC BY-SA 4.0"
            sections: ["Soviet withdrawal", "Emergency"]
            """;

    @TempDir
    Path root;

    /** A bank file whose one question (line 6) asks when the withdrawal ended, keyed to {@code year}. */
    private static String bank(String slug, String id, String year) {
        return """
                bank: %s
                title: "Test"
                description: "Test."
                language: en
                questions:
                  - id: %s
                    type: date
                    topic: dates
                    prompt: "In which year did the Soviet withdrawal end?"
                    answer: "%s"
                    explanation: "The last troops left that year."
                    source: { section: "Soviet withdrawal" }
                """.formatted(slug, id, year);
    }

    private void write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** The errors as printed, with file names relative to the temporary root. */
    private List<String> errors(BankCollection collection) {
        return collection.errors().stream().map(e -> e.toString().replace(root + "/", "")).toList();
    }

    @Test
    void goodFixtureFolderHasNoErrors() throws IOException {
        BankCollection collection = new BankFolderReader().read(Fixtures.goodFolder());
        assertEquals(List.of(), collection.errors());
        assertEquals(2, collection.fileCount());
        assertEquals(10, collection.questionCount());
        ParsedBank bank = collection.valid().get(0);
        assertEquals("fixture-all-types", bank.bank().slug());
        assertEquals("https://en.wikipedia.org/wiki/Mohammad_Najibullah", bank.source().url());
    }

    @Test
    void duplicateBankSlugIsReportedOnTheSecondFile() throws IOException {
        write("najib/source.yaml", SOURCE);
        write("najib/a.yaml", bank("najib-dates", "q1", "1989"));
        write("najib/b.yaml", "# the same slug again\n" + bank("najib-dates", "q2", "1989"));
        BankCollection collection = new BankFolderReader().read(root);
        assertEquals(List.of("najib/b.yaml:2: bank slug najib-dates is already used by najib/a.yaml"),
                errors(collection));
        assertEquals(List.of("najib-dates"), collection.valid().stream().map(b -> b.bank().slug()).toList());
        assertEquals(List.of(root + "/najib/b.yaml"), collection.failed().stream().map(ParsedBank::file).toList());
    }

    @Test
    void contradictoryAnswersAcrossFilesAreReportedOnTheSecondNamingTheFirst() throws IOException {
        write("najib/source.yaml", SOURCE);
        write("najib/a.yaml", bank("najib-a", "withdrawal", "1989"));
        write("najib/b.yaml", bank("najib-b", "withdrawal-end", "1988"));
        assertEquals(List.of("najib/b.yaml:6: withdrawal-end: contradicts najib-a/withdrawal (najib/a.yaml:6):"
                + " the same prompt with a different answer"), errors(new BankFolderReader().read(root)));
    }

    @Test
    void sameFactAtAFinerPrecisionIsNoContradiction() throws IOException {
        write("najib/source.yaml", SOURCE);
        write("najib/a.yaml", bank("najib-a", "withdrawal", "1989"));
        write("najib/b.yaml", bank("najib-b", "withdrawal-month", "1989-02"));
        assertEquals(List.of(), errors(new BankFolderReader().read(root)));
    }

    @Test
    void sectionsComeFromTheBanksOwnFolder() throws IOException {
        write("najib/source.yaml", SOURCE);
        write("other/source.yaml", SOURCE.replace("[\"Soviet withdrawal\", \"Emergency\"]", "[\"Emergency\"]"));
        write("other/dates.yaml", bank("other-dates", "q1", "1989"));
        assertEquals(List.of("other/dates.yaml:12: q1: source.section \"Soviet withdrawal\" is not a section of source.yaml"),
                errors(new BankFolderReader().read(root)));
    }

    @Test
    void bankWithoutASourceYamlFailsAndOthersStillLoad() throws IOException {
        write("najib/source.yaml", SOURCE);
        write("najib/a.yaml", bank("najib-a", "q1", "1989"));
        write("orphan/b.yaml", bank("orphan-b", "q1", "1989"));
        BankCollection collection = new BankFolderReader().read(root);
        assertEquals(List.of("orphan/b.yaml:1: there is no source.yaml in this folder, so no question can cite its source"),
                errors(collection));
        assertEquals(1, collection.valid().size());
    }

    @Test
    void brokenSourceYamlIsReportedAndFailsItsBanks() throws IOException {
        write("najib/source.yaml", "title: [unclosed\n");
        write("najib/a.yaml", bank("najib-a", "q1", "1989"));
        List<String> errors = errors(new BankFolderReader().read(root));
        assertEquals(2, errors.size(), errors::toString);
        assertEquals("najib/a.yaml:1: this folder's source.yaml has errors, so no question can cite its source", errors.get(0));
        assertEquals("najib/source.yaml:2: broken YAML: ", errors.get(1).substring(0, "najib/source.yaml:2: broken YAML: ".length()));
    }

    @Test
    void freeTopicsCanBeAllowed() throws IOException {
        write("class/source.yaml", SOURCE);
        write("class/mine.yaml", bank("mine", "q1", "1989").replace("topic: dates", "topic: the withdrawal"));
        assertEquals(List.of(), errors(new BankFolderReader(List.of()).read(root)));
        assertEquals(1, errors(new BankFolderReader().read(root)).size());
    }
}
