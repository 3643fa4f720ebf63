package org.tarikh.review.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays reference vectors produced by ts-fsrs 5.4.2 (shared/fsrs/FSRS.md "The vector test"): every *.json file in
 * the folder named by -Dfsrs.vectors, by default src/test/resources/fsrs. S, D and R must agree within 1e-6; state,
 * scheduled days, due, learning step, reps and lapses exactly, except that intervals past maximum_interval (ts gives
 * max + 1 and max + 2) are expected clamped to it, with the due that follows (FSRS.md "Decisions for Tarikh" 3).
 */
class FsrsVectorTest {

    private static final double TOLERANCE = 1e-6;
    private static final String SCHEDULER_FORMAT = "fsrs-scheduler-vectors/1";
    private static final String MEMORY_FORMAT = "fsrs-memory-state-vectors/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private int cases;
    private int reviews;
    private int curveChecks;

    @Test
    void everyVectorFileReplaysLikeTsFsrs() throws IOException {
        replayFolder("FSRS vectors", vectorDir());
    }

    /** Fuzz on, FSRS-5/4.5 weights, other steps and a short maximum: made by ts-extra/gen-ts-vectors.mjs. */
    @Test
    void tsFsrsVectorsForFuzzAndOtherSettingsReplay() throws IOException {
        replayFolder("FSRS extra vectors", resourceDir("/fsrs/ts-extra/", Path.of("src", "test", "resources", "fsrs",
                "ts-extra")));
    }

    private void replayFolder(String label, Path dir) throws IOException {
        List<Path> files = jsonFiles(dir);
        assertFalse(files.isEmpty(), "no *.json vector files in " + dir);
        for (Path file : files) {
            JsonNode root = JSON.readTree(file.toFile());
            String format = root.path("header").path("format").asText();
            switch (format) {
                case SCHEDULER_FORMAT -> replaySchedulerFile(file.getFileName().toString(), root);
                case MEMORY_FORMAT -> replayMemoryFile(file.getFileName().toString(), root);
                default -> fail(file + ": unknown vector format '" + format + "'");
            }
        }
        System.out.printf("%s: %d files, %d cases, %d reviews checked (+ %d curve checks) in %s%n",
                label, files.size(), cases, reviews, curveChecks, dir);
    }

    private void replaySchedulerFile(String file, JsonNode root) {
        JsonNode p = root.path("header").path("parameters");
        SchedulerParams params = new SchedulerParams(doubles(p.path("w")), p.path("request_retention").asDouble(),
                steps(p.path("learning_steps")), steps(p.path("relearning_steps")),
                p.path("maximum_interval").asInt(), p.path("enable_fuzz").asBoolean(),
                p.path("enable_short_term").asBoolean());
        Scheduler scheduler = new Scheduler(params);
        for (JsonNode c : root.path("cases")) {
            CardState card = CardState.newCard(Instant.ofEpochMilli(c.path("created_ms").asLong()));
            int i = 0;
            for (JsonNode r : c.path("reviews")) {
                card = replayReview(scheduler, card, r, file + " case " + c.path("id").asText() + " review " + i);
                i++;
                reviews++;
            }
            cases++;
        }
    }

    private CardState replayReview(Scheduler scheduler, CardState card, JsonNode r, String where) {
        Instant now = Instant.ofEpochMilli(r.path("review_ms").asLong());
        assertEquals(State.fromCode(r.path("state_before").asText()), card.state(), where + ": state_before");
        near(r.path("retrievability").asDouble(), scheduler.retrievability(card, now), where + ": retrievability");
        ReviewOutcome out = scheduler.review(card, Rating.ofGrade(r.path("rating").asInt()), now);
        assertEquals(r.path("elapsed_days").asLong(), out.log().elapsedDays(), where + ": elapsed_days");
        if (r.path("r_model").isNull()) {
            assertNull(out.log().retrievability(), where + ": r_model");
        } else {
            near(r.path("r_model").asDouble(), out.log().retrievability(), where + ": r_model");
        }
        CardState next = out.card();
        int max = scheduler.params().maximumInterval();
        int days = r.path("scheduled_days").asInt();
        long due = r.path("due_ms").asLong();
        if (days > max) {
            days = max;
            due = now.plus(Duration.ofDays(max)).toEpochMilli();
        }
        assertEquals(State.fromCode(r.path("state").asText()), next.state(), where + ": state");
        near(r.path("stability").asDouble(), next.stability(), where + ": stability");
        near(r.path("difficulty").asDouble(), next.difficulty(), where + ": difficulty");
        assertEquals(days, next.scheduledDays(), where + ": scheduled_days");
        assertEquals(due, next.due().toEpochMilli(), where + ": due_ms");
        assertEquals(r.path("learning_steps").asInt(), next.learningSteps(), where + ": learning_steps");
        assertEquals(r.path("reps").asInt(), next.reps(), where + ": reps");
        assertEquals(r.path("lapses").asInt(), next.lapses(), where + ": lapses");
        assertEquals(days, out.log().scheduledDays(), where + ": log scheduled_days");
        return next;
    }

    private void replayMemoryFile(String file, JsonNode root) {
        JsonNode checks = root.path("curve_checks");
        for (JsonNode k : checks.path("forgetting_curve")) {
            near(k.path("r").asDouble(), MemoryModel.forgettingCurve(k.path("decay").asDouble(),
                    k.path("t").asDouble(), k.path("s").asDouble()), file + " forgetting_curve " + k);
            curveChecks++;
        }
        for (JsonNode k : checks.path("interval_modifier")) {
            near(k.path("interval_modifier").asDouble(), MemoryModel.intervalModifier(k.path("decay").asDouble(),
                    k.path("request_retention").asDouble()), file + " interval_modifier " + k);
            curveChecks++;
        }
        JsonNode common = root.path("header").path("common_parameters");
        for (JsonNode c : root.path("cases")) {
            replayMemoryCase(common, c, file + " case " + c.path("id").asText());
            cases++;
        }
    }

    private void replayMemoryCase(JsonNode common, JsonNode c, String where) {
        SchedulerParams params = new SchedulerParams(doubles(c.path("w_input")),
                common.path("request_retention").asDouble(), steps(common.path("learning_steps")),
                steps(common.path("relearning_steps")), common.path("maximum_interval").asInt(), false,
                c.path("enable_short_term").asBoolean());
        List<Double> expectedW = doubles(c.path("w"));
        for (int j = 0; j < expectedW.size(); j++) {
            near(expectedW.get(j), params.weights().get(j), where + ": effective w[" + j + "]");
        }
        MemoryModel model = new MemoryModel(params);
        MemoryState state = null;
        int i = 0;
        for (JsonNode step : c.path("steps")) {
            String at = where + " review " + i;
            double t = step.path("t").asDouble();
            if (state == null) {
                assertTrue(step.path("r").isNull(), at + ": r on a first review");
            } else {
                near(step.path("r").asDouble(), model.forgettingCurve(t, state.stability()), at + ": r");
            }
            state = model.nextState(state, t, Rating.ofGrade(step.path("rating").asInt()));
            near(step.path("stability").asDouble(), state.stability(), at + ": stability");
            near(step.path("difficulty").asDouble(), state.difficulty(), at + ": difficulty");
            assertEquals(step.path("interval").asInt(), model.nextInterval(state.stability()), at + ": interval");
            i++;
            reviews++;
        }
    }

    private static void near(double expected, Double actual, String what) {
        if (actual == null || !(Math.abs(expected - actual) <= TOLERANCE)) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    private static List<Duration> steps(JsonNode array) {
        List<Duration> out = new ArrayList<>();
        array.forEach(n -> out.add(SchedulerParams.parseStep(n.asText())));
        return out;
    }

    /** -Dfsrs.vectors, else src/test/resources/fsrs under the working directory, else /fsrs/ on the classpath. */
    static Path vectorDir() {
        String property = System.getProperty("fsrs.vectors");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return resourceDir("/fsrs/", Path.of("src", "test", "resources", "fsrs"));
    }

    private static Path resourceDir(String classpathDir, Path sourceDir) {
        if (Files.isDirectory(sourceDir)) {
            return sourceDir;
        }
        URL url = FsrsVectorTest.class.getResource(classpathDir);
        if (url == null) {
            throw new IllegalStateException("no vector folder " + sourceDir + " or " + classpathDir
                    + " on the classpath: set -Dfsrs.vectors=/dir");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }
}
