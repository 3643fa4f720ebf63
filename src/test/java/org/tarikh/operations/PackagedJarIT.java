package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;

/**
 * The packaged jar (one jar on the JVM's own class loader) logs through Quarkus's log manager, as the default
 * layout's launcher would have it: the quarkus.log.* settings apply from the first line. It carries no copy of
 * application.properties (reading it from the jar cost each start 0.16 s of CPU, docs/PERFORMANCE.md): the
 * file's values, compiled in at build time, still apply. Nor does it carry the OpenAPI document's generated JSON,
 * which Quarkus turned into the served document at every start (0.21 s): /q/openapi makes it from the YAML when asked.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PackagedJarIT {

    @Test
    void theJarLogsInQuarkusFormatWithTheSettingsItWasBuiltWithAndServesTheApiDocument() throws Exception {
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432: skipped");
        try (ZipFile jar = new ZipFile(Path.of("target", "quarkus-app", "quarkus-run.jar").toFile())) {
            assertNull(jar.getEntry("application.properties"), "the jar carries application.properties");
            assertNull(jar.getEntry("META-INF/quarkus-generated-openapi-doc.JSON"),
                    "the jar carries the document's JSON");
        }
        try (FreshDatabase db = FreshDatabase.named("packaged");
             AppNode node = AppNode.start("packaged", db.url())) {
            node.awaitReady(Duration.ofSeconds(90));
            String log = node.log();
            assertTrue(log.contains("INFO  [or.fl.co.in.co.DbMigrate]"), "Flyway logs as configured:\n" + node.logTail());
            assertTrue(log.contains("INFO  [io.quarkus]") && log.contains("started in"), node.logTail());
            // the JDK's own console format: a date line, then "INFO: message"
            assertFalse(log.lines().anyMatch(l -> l.startsWith("INFO: ") || l.startsWith("WARNING: ")),
                    "a line in the JDK's log format:\n" + node.logTail());
            // application.properties' console format (the time alone; Quarkus's own starts with the date)
            String startedLine = "\\d\\d:\\d\\d:\\d\\d INFO  \\[io\\.quarkus\\] .*started in.*";
            assertTrue(log.lines().anyMatch(l -> l.matches(startedLine)),
                    "the configured console format:\n" + node.logTail());
            // application.properties' limit for a request's first line, 8,192 bytes (Quarkus's own is 4,096)
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest longLine = HttpRequest.newBuilder(node.uri("/q/health/ready?pad=" + "x".repeat(6000)))
                    .timeout(Duration.ofSeconds(10)).build();
            assertEquals(200, http.send(longLine, HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "a 6,000-byte request line");
            HttpRequest openApi = HttpRequest.newBuilder(node.uri("/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> document = http.send(openApi, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, document.statusCode());
            assertTrue(document.body().contains("\"/api/v1/reviews\""), "the API's document:\n" + document.body());
        }
    }
}
