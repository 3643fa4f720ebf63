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
import org.junit.jupiter.api.parallel.Isolated;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;
import org.tarikh.support.NodeHttp;

/**
 * PostgreSQL restarts under concurrent reviews and exam answers: the app is ready again within 10 s by itself,
 * every review and answer it acknowledged (2xx) is stored, and the requests that failed got 503 with the JSON error body (never a 500, never
 * a wait past 10 s). Restarting the machine's server affects everyone's tests, so this only runs inside the build,
 * which holds the Maven lock, and only as root where {@code pg_ctlcluster} exists. The other ITs run side by side
 * (pom.xml), but never while this one restarts their server: {@link Isolated}.
 */
@Isolated
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DatabaseRestartIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int LEARNERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request's fate; {@code key} names what it stored: a review id, or "attempt/question" for an answer. */
    record Outcome(String kind, String key, int status, String body, long millis) {
    }

    /** A question of an open exam that any learner can answer with a well-formed response. */
    record Answerable(String attemptId, String questionId, String response) {
    }

    @Test
    void afterARestartTheAppIsReadyWithin10SecondsAndNoAcknowledgedReviewIsLost() throws Exception {
        String version = clusterVersion();
        try (FreshDatabase db = FreshDatabase.named("restart");
             AppNode node = AppNode.start("restart", db.url())) {
            node.awaitReady(Duration.ofSeconds(90));
            List<long[]> cards = new ArrayList<>(); // {learner index, card id}
            List<String> auths = new ArrayList<>();
            List<List<Answerable>> exams = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                String name = "steady-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
                assertEquals(201, send(postJson(node, "/api/v1/auth/register",
                        "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}")).statusCode());
                auths.add(basic(name, PASSWORD));
                assertEquals(200, send(postJson(node, "/api/v1/decks", "{\"bank\":\"najibullah-policies\"}")
                        .header("Authorization", auths.get(i))).statusCode());
                cards.add(new long[] {i, db.number("SELECT min(c.id) FROM card c JOIN app_user u ON u.id = c.user_id "
                        + "WHERE u.username = '" + name + "'")});
                exams.add(openExam(node, auths.get(i)));
            }

            Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
            for (long[] card : cards) {
                int learner = (int) card[0];
                pool.submit(() -> workUntilStopped(node, auths.get(learner), card[1], exams.get(learner), running, outcomes));
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
            List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 200 && o.kind().equals("review"))
                    .map(Outcome::key).toList();
            assertTrue(acknowledged.size() > 10, "reviews went through before and after: " + byStatus);
            String ids = acknowledged.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            assertEquals(acknowledged.size(), db.number("SELECT count(*) FROM review_log WHERE review_id IN (" + ids + ")"),
                    "every acknowledged review is stored");
            List<String> answered = outcomes.stream().filter(o -> o.status() == 200 && o.kind().equals("answer"))
                    .map(Outcome::key).distinct().toList();
            assertTrue(answered.size() > 4, "exam answers went through: " + byStatus);
            String pairs = answered.stream().map(k -> k.split("/"))
                    .map(k -> "('" + k[0] + "'::uuid, '" + k[1] + "')").collect(Collectors.joining(","));
            assertEquals(answered.size(), db.number("SELECT count(*) FROM attempt_item WHERE response IS NOT NULL "
                    + "AND (attempt_id, public_id) IN (" + pairs + ")"), "every acknowledged answer is stored");
        }
    }

    /** Reviews the learner's card and answers the next question of the learner's exam, by turns, until stopped. */
    private static void workUntilStopped(AppNode node, String auth, long card, List<Answerable> exam,
                                         AtomicBoolean running, Queue<Outcome> outcomes) {
        for (int turn = 0; running.get(); turn++) {
            String id = UUID.randomUUID().toString();
            if (turn % 2 == 0 || exam.isEmpty()) {
                outcomes.add(call("review", id, () -> postJson(node, "/api/v1/reviews",
                        "{\"cardId\":" + card + ",\"rating\":3,\"reviewId\":\"" + id + "\"}").header("Authorization", auth)));
            } else {
                Answerable q = exam.get((turn / 2) % exam.size());
                // In an exam an answer may be given again until the exam is finished: each one is recorded.
                outcomes.add(call("answer", q.attemptId() + "/" + q.questionId(), () -> postJson(node,
                        "/api/v1/quizzes/" + q.attemptId() + "/answers", "{\"questionId\":\"" + q.questionId()
                                + "\",\"response\":" + q.response() + "}").header("Authorization", auth)));
            }
        }
    }

    private static Outcome call(String kind, String key, java.util.function.Supplier<java.net.http.HttpRequest.Builder> request) {
        long start = System.nanoTime();
        int status;
        String body;
        try {
            HttpResponse<String> r = send(request.get());
            status = r.statusCode();
            body = r.body();
        } catch (RuntimeException e) { // a timeout (NodeHttp waits 10 s) or a refused connection
            status = -1;
            body = String.valueOf(e.getCause());
        }
        return new Outcome(kind, key, status, body, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Opens an exam (no time limit) and keeps the questions that a fixed response fits: single choice, true/false.
     * On the events bank about 13 of 20 are; on the dates bank (4 of its 42) the four learners together sometimes had
     * no more than four, and the check that answers went through failed by chance.
     */
    private static List<Answerable> openExam(AppNode node, String auth) throws Exception {
        HttpResponse<String> started = send(postJson(node, "/api/v1/quizzes",
                "{\"bank\":\"najibullah-events\",\"count\":20,\"mode\":\"exam\"}").header("Authorization", auth));
        assertEquals(201, started.statusCode(), started.body());
        com.fasterxml.jackson.databind.JsonNode quiz = JSON.readTree(started.body());
        List<Answerable> answerable = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode q : quiz.path("questions")) {
            String type = q.path("type").asText();
            String response = switch (type) {
                case "single" -> "{\"choice\":\"" + q.path("choices").path(0).path("id").asText() + "\"}";
                case "truefalse" -> "{\"value\":true}";
                default -> null;
            };
            if (response != null) {
                answerable.add(new Answerable(quiz.path("attemptId").asText(), q.path("id").asText(), response));
            }
        }
        return answerable;
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
