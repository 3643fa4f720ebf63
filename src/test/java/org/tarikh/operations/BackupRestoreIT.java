package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarikh.support.NodeHttp.basic;
import static org.tarikh.support.NodeHttp.get;
import static org.tarikh.support.NodeHttp.postJson;
import static org.tarikh.support.NodeHttp.send;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;

/** The backup of docs/operations.md: a pg_dump restores with pg_restore into a fresh database the app starts on. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BackupRestoreIT {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void aDumpRestoresIntoAFreshDatabaseTheAppStartsOnWithEverythingInIt() throws Exception {
        Assumptions.assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "no pg_dump/pg_restore: skipped");
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432: skipped");
        Path dump = Path.of("target", "it-logs", "backup-" + UUID.randomUUID() + ".dump").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        String user = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        try (FreshDatabase original = FreshDatabase.named("backup");
             FreshDatabase restored = FreshDatabase.named("restored")) {
            try (AppNode node = AppNode.start("backup", original.url())) {
                node.awaitReady(Duration.ofSeconds(90));
                assertEquals(201, send(postJson(node, "/api/v1/auth/register",
                        "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")).statusCode());
                assertEquals(200, send(postJson(node, "/api/v1/decks", "{\"bank\":\"najibullah-events\"}")
                        .header("Authorization", basic(user, PASSWORD))).statusCode());
            }
            long cards = original.number("SELECT count(*) FROM card");
            run("pg_dump", "--format=custom", "--host=127.0.0.1", "--username=postgres", "--file=" + dump,
                    "--dbname=" + name(original));
            run("createdb", "--host=127.0.0.1", "--username=postgres", name(restored));
            run("pg_restore", "--no-owner", "--exit-on-error", "--host=127.0.0.1", "--username=postgres",
                    "--dbname=" + name(restored), dump.toString());

            try (AppNode node = AppNode.start("restored", restored.url())) {
                node.awaitReady(Duration.ofSeconds(90));
                assertEquals(200, send(get(node, "/api/v1/me").header("Authorization", basic(user, PASSWORD))).statusCode(),
                        "the account came back with its password");
                assertTrue(node.log().contains("No migration necessary") || node.log().contains("up to date"),
                        "the restored schema is current:\n" + node.logTail());
            }
            assertEquals(cards, restored.number("SELECT count(*) FROM card"));
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static String name(FreshDatabase db) {
        return db.url().substring(db.url().lastIndexOf('/') + 1);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + output);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
