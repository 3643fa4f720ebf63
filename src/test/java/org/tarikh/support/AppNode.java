package org.tarikh.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tarikh.ListeningPort;

/**
 * One app process started from the packaged jar ({@code target/quarkus-app/quarkus-run.jar}) on a port of its own,
 * its output in {@code target/it-logs/<name>.log}. For the integration tests that need real, separate nodes.
 */
public final class AppNode implements AutoCloseable {

    private static final Path APP = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on a free port against {@code jdbcUrl} (user postgres, no password); {@code settings} are more -D options. */
    public static AppNode start(String name, String jdbcUrl, String... settings) throws IOException {
        List<String> all = new ArrayList<>(List.of("-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres"));
        all.addAll(List.of(settings));
        return startWith(name, all);
    }

    /** Starts a node on a free port with only these -D options (and the questions folder). */
    public static AppNode startWith(String name, List<String> settings) throws IOException {
        return startAs(name, List.of(), settings);
    }

    /** Starts a node whose command begins with {@code launcher} (e.g. {@code runuser -u nobody --}). */
    public static AppNode startAs(String name, List<String> launcher, List<String> settings) throws IOException {
        Path jar = APP.resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the app first (mvn verify does)");
        }
        int port = ListeningPort.free();
        Path log = Path.of("target", "it-logs", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=app-cds.jsa", "-Xshare:auto",
                // as the README's command: the archive mapped where it was recorded, not relocated page by page
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-Dquarkus.http.port=" + port,
                "-Dtarikh.questions.path=" + Path.of("questions").toAbsolutePath(),
                // The IT classes run side by side, each with nodes of its own: pools filled to their production
                // minimum (28 connections a node) passed PostgreSQL's 100 connections, and the server refused the
                // drop of a test database. A node opens more when its requests need them.
                "-Dquarkus.datasource.jdbc.min-size=2", "-Dquarkus.datasource.\"generic-plans\".jdbc.min-size=1"));
        command.addAll(settings);
        command.add("-jar");
        command.add("quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(command).directory(APP.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TARIKH_"));
        return new AppNode(name, port, builder.start(), log);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public URI uri(String path) {
        return URI.create(url(path));
    }

    /** Waits until readiness is UP; fails with the end of the node's log when it is not within {@code limit}. */
    public void awaitReady(Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (readyStatus() == 200) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + limit + ":\n" + logTail());
    }

    /** The status of {@code /q/health/ready}, or -1 when nothing answers within two seconds. */
    public int readyStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the node as an operator would (SIGTERM), and kills it if it has not stopped in 20 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
