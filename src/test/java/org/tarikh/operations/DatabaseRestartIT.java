package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarikh.support.NodeHttp.basic;
import static org.tarikh.support.NodeHttp.postJson;
import static org.tarikh.support.NodeHttp.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;
import org.tarikh.support.NodeHttp;

/**
 * PostgreSQL restarts under concurrent reviews: the app is ready again within 10 s by itself, every review it
 * acknowledged (2xx) is stored, and the requests that failed got 503 with the JSON error body (never a 500, never
 * a wait past 10 s). Restarting the machine's server affects everyone's tests, so this only runs inside the build,
 * which holds the Maven lock, and only as root where {@code pg_ctlcluster} exists.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DatabaseRestartIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int LEARNERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(String reviewId, int status, String body, long millis) {
    }

    @Test
    void afterARestartTheAppIsReadyWithin10SecondsAndNoAcknowledgedReviewIsLost() throws Exception {
        String version = clusterVersion();
        try (FreshDatabase db = FreshDatabase.named("restart");
             AppNode node = AppNode.start("restart", db.url())) {
            node.awaitReady(Duration.ofSeconds(90));
            List<long[]> cards = new ArrayList<>(); // {learner index, card id}
            List<String> auths = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                String name = "steady-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
                assertEquals(201, send(postJson(node, "/api/v1/auth/register",
                        "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}")).statusCode());
                auths.add(basic(name, PASSWORD));
                assertEquals(200, send(postJson(node, "/api/v1/decks", "{\"bank\":\"najibullah-policies\"}")
                        .header("Authorization", auths.get(i))).statusCode());
                cards.add(new long[] {i, db.number("SELECT min(c.id) FROM card c JOIN app_user u ON u.id = c.user_id "
                        + "WHERE u.username = '" + name + "'")});
            }

            Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
            for (long[] card : cards) {
                pool.submit(() -> reviewUntilStopped(node, auths.get((int) card[0]), card[1], running, outcomes));
            }
            Thread.sleep(1500);
            restart(version);
            Instant restarted = Instant.now();
            Duration recovery = awaitReady(node, Duration.ofSeconds(10));
            Thread.sleep(2000); // reviews go on against the recovered server
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the review workers stopped");

            assertTrue(recovery.compareTo(Duration.ofSeconds(10)) <= 0, "ready again " + recovery + " after the restart");
            Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
            System.out.printf("Restart at %s; ready again after %d ms; answers by status: %s%n", restarted,
                    recovery.toMillis(), byStatus);
            for (Outcome o : outcomes) {
                assertTrue(o.status() == 200 || o.status() == 503, "only 200 or 503, got " + o);
                assertTrue(o.millis() < 10_000, "answered within 10 s: " + o);
                if (o.status() == 503) {
                    assertEquals("database-unavailable", JSON.readTree(o.body()).path("error").asText(), o.body());
                }
            }
            List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 200).map(Outcome::reviewId).toList();
            assertTrue(acknowledged.size() > 10, "reviews went through before and after: " + byStatus);
            String ids = acknowledged.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            assertEquals(acknowledged.size(), db.number("SELECT count(*) FROM review_log WHERE review_id IN (" + ids + ")"),
                    "every acknowledged review is stored");
        }
    }

    private static void reviewUntilStopped(AppNode node, String auth, long card, AtomicBoolean running,
                                           Queue<Outcome> outcomes) {
        while (running.get()) {
            String id = UUID.randomUUID().toString();
            long start = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> r = send(postJson(node, "/api/v1/reviews",
                        "{\"cardId\":" + card + ",\"rating\":3,\"reviewId\":\"" + id + "\"}").header("Authorization", auth));
                status = r.statusCode();
                body = r.body();
            } catch (RuntimeException e) { // a timeout (NodeHttp waits 10 s) or a refused connection
                status = -1;
                body = String.valueOf(e.getCause());
            }
            outcomes.add(new Outcome(id, status, body, (System.nanoTime() - start) / 1_000_000));
        }
    }

    private static Duration awaitReady(AppNode node, Duration limit) throws InterruptedException {
        Instant start = Instant.now();
        Instant end = start.plus(limit).plusSeconds(5); // measured, then judged against the limit
        while (Instant.now().isBefore(end) && node.readyStatus() != 200) {
            Thread.sleep(100);
        }
        return Duration.between(start, Instant.now());
    }

    /** The local cluster's version, or the test is skipped with the reason. */
    private static String clusterVersion() throws Exception {
        Assumptions.assumeTrue(onPath("pg_ctlcluster"), "pg_ctlcluster is not available: the restart test is skipped");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "not root: the restart test is skipped");
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432: the restart test is skipped");
        Path clusters = Path.of("/etc/postgresql");
        Assumptions.assumeTrue(Files.isDirectory(clusters), "no /etc/postgresql: the restart test is skipped");
        try (Stream<Path> versions = Files.list(clusters)) {
            return versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(Double::parseDouble)).orElseThrow();
        }
    }

    private static void restart(String version) throws Exception {
        Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster restart finished");
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), "pg_ctlcluster restart: " + output);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
