package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.support.AppNode;
import org.tarikh.support.NodeHttp;

/**
 * The packaged app on a machine with only Java: nothing listens at the default address, so it runs an embedded
 * PostgreSQL that keeps data safely (fsync on), says where in readiness, and is stopped after the app.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EmbeddedDatabaseIT {

    @Test
    void withNothingListeningTheAppRunsADurableEmbeddedServerAndStopsItLast(@TempDir Path home) throws Exception {
        Path data = home.resolve(".local/share/tarikh/pg");
        AppNode node = AppNode.startWith("embedded", List.of("-Duser.home=" + home,
                "-Dtarikh.database.default-url=jdbc:postgresql://localhost:1/tarikh"));
        int port;
        try {
            node.awaitReady(Duration.ofSeconds(90));
            HttpResponse<String> ready = NodeHttp.send(NodeHttp.get(node, "/q/health/ready"));
            JsonNode server = databaseServer(new ObjectMapper().readTree(ready.body()));
            assertEquals("embedded", server.path("data").path("server").asText(), ready.body());
            assertEquals(data.toString(), server.path("data").path("dataDirectory").asText());
            port = server.path("data").path("port").asInt();
            assertTrue(node.log().contains("port " + port + ", data in " + data), "the log says where");
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/tarikh", "postgres", "")) {
                assertEquals("on", show(c, "fsync"));
                assertEquals("on", show(c, "synchronous_commit"));
            }
        } finally {
            node.close();
        }
        assertFalse(node.isAlive());
        String log = node.log();
        int appStopped = log.indexOf("tarikh stopped");
        int databaseStopping = log.indexOf("Embedded PostgreSQL stopped cleanly");
        assertTrue(appStopped > 0 && databaseStopping > appStopped, "the app stops first, then the database:\n" + log);
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "the server shut down cleanly");
    }

    private static JsonNode databaseServer(JsonNode health) {
        for (JsonNode c : health.path("checks")) {
            if ("database-server".equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no database-server check in " + health);
    }

    private static String show(Connection c, String setting) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
