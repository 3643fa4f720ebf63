package org.tarikh;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.tarikh.database.DatabaseBootstrap;
import org.tarikh.database.EmbeddedDatabase;

/**
 * {@code train}: starts the app once on a throwaway database, asks it for a few pages, and stops it. The build
 * runs this under {@code -XX:ArchiveClassesAtExit=app-cds.jsa}, so the class-data archive holds every class a real
 * start loads. Quarkus's own archive stops after static initialisation and leaves out the 8,000 or so classes of
 * the runtime start (Hibernate's, Flyway's, the HTTP server's): loading those from the jars was a second of the
 * start-up time (docs/PERFORMANCE.md).
 */
final class StartupTraining {

    static final String DATABASE = "tarikh_startup_training";
    /** What a learner's first visit touches, after readiness: pages, the JSON API and the API document. */
    private static final List<String> ROUTES = List.of("/q/health/ready", "/", "/login", "/banks", "/api/v1/banks",
            "/q/openapi");
    private static final int READY_WAIT_MILLIS = 120_000;

    private StartupTraining() {
    }

    static int run(String serverUrl, String user, String password, String[] args) throws Exception {
        String url = DatabaseBootstrap.onSameServer(serverUrl, DATABASE);
        EmbeddedDatabase embedded = null;
        if (DatabaseBootstrap.serverAnswers(url, user, password)) {
            DatabaseBootstrap.dropDatabase(url, user, password);
            DatabaseBootstrap.createDatabaseIfMissing(url, user, password);
        } else {
            embedded = EmbeddedDatabase.throwaway();
            url = embedded.jdbcUrl("postgres");
            user = EmbeddedDatabase.USER;
            password = "";
        }
        int port = ListeningPort.free();
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", user);
        System.setProperty("quarkus.datasource.password", password);
        System.setProperty("quarkus.http.port", Integer.toString(port));
        Thread visitor = new Thread(() -> visitThenStop(port), "startup-training");
        visitor.setDaemon(true);
        visitor.start();
        ApplicationLifecycleManager.setDefaultExitCodeHandler((code, failure) -> { }); // return here, not exit
        try {
            Quarkus.run(args);
            int linked = LoadedClassLinker.linkAll(StartupTraining.class.getClassLoader());
            System.out.println("startup training: " + (linked < 0 ? "the loaded classes could not be listed (no "
                    + "--add-opens java.base/java.lang=ALL-UNNAMED): the archive holds only those linked by the start"
                    : linked + " loaded classes linked for the archive"));
        } finally {
            if (embedded != null) {
                embedded.close();
            } else {
                dropQuietly(url, user, password);
            }
        }
        return 0;
    }

    private static void visitThenStop(int port) {
        try {
            long deadline = System.currentTimeMillis() + READY_WAIT_MILLIS;
            while (status(port, ROUTES.get(0)) != 200) {
                if (System.currentTimeMillis() > deadline) {
                    System.err.println("startup training: the app was not ready after " + READY_WAIT_MILLIS + " ms");
                    break;
                }
                Thread.sleep(100);
            }
            for (String route : ROUTES) {
                status(port, route);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Quarkus.asyncExit(0);
        }
    }

    private static int status(int port, String route) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + route).toURL()
                    .openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(10_000);
            int code = c.getResponseCode();
            try (InputStream body = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void dropQuietly(String url, String user, String password) {
        try {
            DatabaseBootstrap.dropDatabase(url, user, password);
        } catch (SQLException e) {
            System.err.println("startup training: could not drop " + DATABASE + ": " + e.getMessage());
        }
    }
}
