package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;

/**
 * The class-data archive the build records from its training start (pom.xml, StartupTraining): it exists, this JVM
 * accepts it for this jar (with -Xshare:on a rejected archive is an error, not a warning) and serves the app's
 * classes from it, and the training left no database behind.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ClassDataArchiveIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void theArchiveOfTheTrainingStartIsAcceptedAndHoldsTheRuntimeClasses() throws Exception {
        Path archive = APP.resolve("app-cds.jsa");
        Assumptions.assumeTrue(Files.exists(archive), "built with -Dtarikh.training.skip=true: no archive");
        // Quarkus's own archive (static initialisation only) was 32 MB; the training start's is about 110 MB.
        assertTrue(Files.size(archive) > 50_000_000L, "the archive covers the runtime start: " + Files.size(archive));

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-XX:SharedArchiveFile=app-cds.jsa", "-Xlog:class+load=info",
                "-jar", "quarkus-run.jar", "validate", "../../questions")
                .directory(APP.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out.length() > 4000 ? out.substring(out.length() - 4000) : out);
        List<String> loads = out.lines().filter(l -> l.contains("source: shared objects file (top)")).toList();
        assertTrue(loads.stream().anyMatch(l -> l.contains("org.tarikh.bank.format.")),
                "the app's own classes come from the archive: " + loads.size() + " classes in all");

        if (FreshDatabase.serverAnswers()) {
            try (Connection c = DriverManager.getConnection(FreshDatabase.SERVER + "postgres", FreshDatabase.USER, "");
                 ResultSet r = c.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_database WHERE datname = 'tarikh_startup_training'")) {
                r.next();
                assertEquals(0, r.getInt(1), "the training database was dropped");
            }
        }
    }

    /**
     * A start reads its classes from the archive, not from the jars. The training links every class it loaded
     * (LoadedClassLinker): before that, about 2,700 classes (Hibernate's above all) were loaded but not linked
     * during the training, so left out of the archive and read from the jars at every start.
     */
    @Test
    void aStartReadsAlmostNoClassFromTheJars() throws Exception {
        Assumptions.assumeTrue(Files.exists(APP.resolve("app-cds.jsa")), "built with -Dtarikh.training.skip=true: no archive");
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432: skipped");
        Path classLog = Path.of("target", "it-logs", "archive-start-classes.log").toAbsolutePath();
        Files.createDirectories(classLog.getParent());
        try (FreshDatabase db = FreshDatabase.named("archive");
             AppNode node = AppNode.start("archive", db.url(), "-Xlog:class+load=info:file=" + classLog)) {
            node.awaitReady(Duration.ofSeconds(90));
        }
        // HTTP/2 classes excepted: this test's HTTP client asks the server to upgrade, which browsers and curl
        // do not do over plain HTTP, so the training never loads them
        List<String> fromJars = Files.readAllLines(classLog).stream().filter(l -> l.contains("source: file:"))
                .filter(l -> !l.toLowerCase(java.util.Locale.ROOT).contains("http2")).toList();
        assertTrue(fromJars.size() < 100, fromJars.size() + " classes were read from the jars, e.g. "
                + fromJars.subList(0, Math.min(10, fromJars.size())));
    }
}
