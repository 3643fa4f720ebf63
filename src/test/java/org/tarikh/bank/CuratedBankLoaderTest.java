package org.tarikh.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.bank.format.BankFolderReader;
import org.tarikh.bank.format.ParsedBank;

@QuarkusTest
class CuratedBankLoaderTest {

    private static final String SOURCE = """
            title: "Test source"
            url: "https://example.org/wiki/Test"
            license: "CC BY-SA 4.0"
            sections:
              - "Early life and career"
            """;

    @Inject
    CuratedBankLoader loader;

    @Inject
    BankLoadStatus status;

    @Inject
    CuratedBankImporter importer;

    @Test
    void theCuratedBanksAreLoadedAtStartUp() {
        long najibullah = QuarkusTransaction.requiringNew().call(() -> Question.count(
                "bank.subject = 'najibullah' and current = true and retiredAt is null"));
        assertTrue(najibullah >= 220, "at least 220 curated questions, got " + najibullah);
        assertTrue(Bank.findBySlug("najibullah-offices").isPresent());
    }

    @Test
    void loadingTheSameFilesTwiceChangesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> Question.count());
        List<CuratedBankImporter.Outcome> outcomes = loader.load(Path.of("questions"));
        long after = QuarkusTransaction.requiringNew().call(() -> Question.count());
        assertEquals(before, after, "no row added");
        assertFalse(outcomes.isEmpty());
        for (CuratedBankImporter.Outcome o : outcomes) {
            assertEquals(0, o.added() + o.changed() + o.retired(), o.toString());
        }
    }

    @Test
    void anUnchangedFolderIsNotReadAgainButAnEditedOneIs(@TempDir Path dir) throws IOException {
        String slug = "loader-skip-" + System.nanoTime();
        write(dir, slug, bank(slug, "Kabul University", true));
        assertTrue(loader.loadIfChanged(dir), "first load reads the files");
        assertFalse(loader.loadIfChanged(dir), "the same bytes are not read again");
        write(dir, slug, bank(slug, "Kabul University|Kabul Uni", true));
        assertTrue(loader.loadIfChanged(dir), "an edit is loaded");
        assertEquals(2, QuarkusTransaction.requiringNew().call(() ->
                Question.count("bank.slug = ?1 and key = 'study'", slug)));
        loader.load(Path.of("questions")); // leave the real status behind
    }

    @Test
    void anEditedAnswerMakesANewVersionAndKeepsTheOld(@TempDir Path dir) throws IOException {
        String slug = "loader-edit-" + System.nanoTime();
        write(dir, slug, bank(slug, "Kabul University", true));
        assertEquals(2, loader.load(dir).get(0).added());

        write(dir, slug, bank(slug, "Kabul University|Kabul Uni", true));
        CuratedBankImporter.Outcome o = loader.load(dir).get(0);
        assertEquals(1, o.changed());
        assertEquals(1, o.unchanged());

        List<Question> versions = QuarkusTransaction.requiringNew().call(() ->
                Question.list("bank.slug = ?1 and key = 'study' order by version", slug));
        assertEquals(2, versions.size(), "both versions are kept");
        assertFalse(versions.get(0).current);
        assertEquals(List.of("Kabul University"), versions.get(0).content.get("accept"));
        assertTrue(versions.get(1).current);
        assertEquals(2, versions.get(1).version);
        assertEquals(List.of("Kabul University", "Kabul Uni"), versions.get(1).content.get("accept"));
    }

    @Test
    void aQuestionRemovedFromItsFileIsRetiredNotErased(@TempDir Path dir) throws IOException {
        String slug = "loader-retire-" + System.nanoTime();
        write(dir, slug, bank(slug, "Kabul University", true));
        loader.load(dir);
        write(dir, slug, bank(slug, "Kabul University", false));
        assertEquals(1, loader.load(dir).get(0).retired());

        Question retired = QuarkusTransaction.requiringNew().call(() ->
                Question.<Question>find("bank.slug = ?1 and key = 'born'", slug).singleResult());
        assertNotNull(retired.retiredAt, "kept, marked retired");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Question.listLive(Bank.findBySlug(slug).orElseThrow())).size());

        write(dir, slug, bank(slug, "Kabul University", true));
        loader.load(dir);
        Question back = QuarkusTransaction.requiringNew().call(() ->
                Question.<Question>find("bank.slug = ?1 and key = 'born'", slug).singleResult());
        assertNull(back.retiredAt, "a question put back is live again");
    }

    @Test
    void aBankThatFailsValidationIsSkippedAndReportedWhileTheOthersLoad(@TempDir Path dir) throws IOException {
        String good = "loader-good-" + System.nanoTime();
        String bad = "loader-bad-" + System.nanoTime();
        write(dir, good, bank(good, "Kabul University", true));
        Files.writeString(dir.resolve(bad + ".yaml"), bank(bad, "Kabul University", true).replace("type: text", "type: essay"));
        List<CuratedBankImporter.Outcome> outcomes = loader.load(dir);
        assertEquals(List.of(good), outcomes.stream().map(CuratedBankImporter.Outcome::slug).toList());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Bank.findBySlug(bad).isEmpty()), "nothing of the bad bank");
        assertEquals(1, status.failed().size());
        assertTrue(status.failed().get(0).contains(bad + ".yaml"), status.failed().toString());
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(bad + ".yaml"));
        loader.load(Path.of("questions")); // leave the real status behind
    }

    @Test
    void twoNodesLoadingTheSameNewBankAtOnceStoreItOnceAndNeitherFails(@TempDir Path dir) throws Exception {
        String slug = "loader-race-" + System.nanoTime();
        write(dir, slug, largeBank(slug, 300));
        ParsedBank parsed = new BankFolderReader().read(dir).valid().get(0);
        CountDownLatch go = new CountDownLatch(1);
        Callable<CuratedBankImporter.Outcome> load = () -> {
            go.await();
            return importer.load(parsed.bank(), parsed.source(), "race");
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<CuratedBankImporter.Outcome> a = nodes.submit(load);
            Future<CuratedBankImporter.Outcome> b = nodes.submit(load);
            go.countDown();
            // Without the loader's advisory lock both see no bank, both insert it, and one fails on its unique slug.
            CuratedBankImporter.Outcome first = a.get(60, TimeUnit.SECONDS);
            CuratedBankImporter.Outcome second = b.get(60, TimeUnit.SECONDS);
            assertEquals(300, first.added() + second.added(), first + " " + second);
            assertEquals(300, first.unchanged() + second.unchanged(), first + " " + second);
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(300, QuarkusTransaction.requiringNew().call(() -> Question.count("bank.slug = ?1", slug)));
    }

    private static String largeBank(String slug, int questions) {
        StringBuilder bank = new StringBuilder("""
                bank: %s
                title: "Loader race test"
                description: "Many questions, so that two loads overlap."
                language: en
                questions:
                """.formatted(slug));
        for (int i = 1; i <= questions; i++) {
            bank.append("""
                      - id: town-%d
                        type: text
                        topic: places
                        prompt: "Which town has the number %d on the test list?"
                        accept: ["Town %d"]
                        explanation: "The list names Town %d there."
                        source: { section: "Early life and career" }
                    """.formatted(i, i, i, i));
        }
        return bank.toString();
    }

    private static void write(Path dir, String slug, String bank) throws IOException {
        Files.writeString(dir.resolve("source.yaml"), SOURCE);
        Files.writeString(dir.resolve(slug + ".yaml"), bank);
    }

    private static String bank(String slug, String accepted, boolean withBorn) {
        String accept = String.join("\", \"", accepted.split("\\|"));
        String born = """
                  - id: born
                    type: date
                    topic: dates
                    prompt: "In which year was he born?"
                    answer: "1947"
                    explanation: "He was born in 1947."
                    source: { section: "Early life and career" }
                """;
        return """
                bank: %s
                title: "Loader test"
                description: "A bank for the loader tests."
                language: en
                questions:
                  - id: study
                    type: text
                    topic: people
                    prompt: "Where did he study medicine?"
                    accept: ["%s"]
                    explanation: "He studied medicine in Kabul."
                    source: { section: "Early life and career" }
                %s""".formatted(slug, accept, withBorn ? born : "");
    }
}
