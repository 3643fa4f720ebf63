package org.tarikh.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An embedded PostgreSQL server (zonky), for machines that have only Java. */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    private final EmbeddedPostgres server;
    private final Path dataDir;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server that keeps learners' data: its files stay in {@code dataDir} across runs, and it runs with
     * fsync and synchronous commit on. zonky always passes {@code -F} (fsync off) and {@code synchronous_commit=off},
     * its test defaults; the {@code -c} settings come after them on the command line, so they win. It registers no
     * shutdown hook of its own: the caller stops it after the app (see TarikhMain).
     */
    public static EmbeddedDatabase durable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(server, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Starts a server for tests: a throwaway folder, no durability (fast), removed when it stops. */
    public static EmbeddedDatabase throwaway() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().start(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    public int port() {
        return server.getPort();
    }

    /** The folder that holds the server's files, or null for a throwaway server. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server (a fast shutdown: open transactions roll back, a checkpoint is written); twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
