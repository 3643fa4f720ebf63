package org.tarikh.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.tarikh.database.DatabaseBootstrap;
import org.tarikh.database.EmbeddedDatabase;

/**
 * Gives each test run a fresh database of its own ({@code tarikh_test_<random>}) on the server at
 * localhost:5432, dropped afterwards; where no server answers, an embedded PostgreSQL stands in.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/postgres";
    private static final String USER = "postgres";
    private EmbeddedDatabase embedded;
    private String url;

    @Override
    public Map<String, String> start() {
        String name = "tarikh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (DatabaseBootstrap.serverAnswers(SERVER, USER, "")) {
            url = SERVER.replace("/postgres", "/" + name);
        } else {
            embedded = EmbeddedDatabase.start(null);
            url = embedded.jdbcUrl(name);
        }
        try {
            DatabaseBootstrap.createDatabaseIfMissing(url, USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + url, e);
        }
        // Statements are counted (CountingDriver, set in the test profile), so tests can hold hot requests to their queries.
        return Map.of("quarkus.datasource.jdbc.url", CountingDriver.wrap(url),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        try {
            DatabaseBootstrap.dropDatabase(url, USER, "");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + url + ": " + e.getMessage());
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
