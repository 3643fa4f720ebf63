package org.tarikh.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.review.optimizer.FsrsOptimizer;
import org.tarikh.review.optimizer.OptimizationResult;
import org.tarikh.review.optimizer.RevlogCsv;
import org.tarikh.review.optimizer.RevlogRow;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** A learner's own FSRS weights: fitting them to their reviews, using them, going back, exporting the log. */
@QuarkusTest
class FsrsApiTest {

    private static final String[] STATES = {"new", "learning", "review", "relearning"};

    @Inject
    DataSource db;

    @Test
    void tooFewReviewsIsAConflictSayingHowManyAreNeeded() {
        String learner = TestUsers.learner("fsrs-few");
        TestUsers.as(learner).post("/api/v1/me/fsrs/optimize").then().statusCode(409)
                .body("error", equalTo("too-few-reviews"))
                .body("message", containsString("needs 64 reviews")).body("message", containsString("you have 0, so 64 more"));
        TestUsers.as(learner).get("/api/v1/me").then().statusCode(200).body("fsrsParameters", nullValue());
    }

    @Test
    void aFitThatBeatsTheDefaultsIsAppliedAndSchedulesTheLearnersNewCards() throws Exception {
        String learner = TestUsers.learner("fsrs-fit");
        List<RevlogRow> sample = sample();
        storeReviews(learner, sample);
        OptimizationResult expected = FsrsOptimizer.optimize(sample); // the test learner has no time zone: UTC

        JsonPath fit = TestUsers.as(learner).post("/api/v1/me/fsrs/optimize").then().statusCode(200)
                .body("parameters", hasSize(21)).body("items", equalTo(2736)).body("applied", equalTo(true))
                .extract().jsonPath();
        assertEquals(expected.fitted().logLoss(), fit.getDouble("logLoss"), 1e-6);
        assertEquals(expected.defaults().logLoss(), fit.getDouble("defaultLogLoss"), 1e-6);
        assertEquals(0.275251, fit.getDouble("defaultLogLoss"), 1e-3);
        assertTrue(fit.getDouble("logLoss") < fit.getDouble("defaultLogLoss"));
        assertTrue(fit.getDouble("rmseBins") < fit.getDouble("defaultRmseBins"));

        List<Float> stored = TestUsers.as(learner).get("/api/v1/me").then().statusCode(200)
                .body("fsrsParameters", hasSize(21)).extract().jsonPath().getList("fsrsParameters", Float.class);
        assertEquals(expected.parameters().get(2), stored.get(2), 1e-5);

        // A new card answered Good starts at the learner's own w2 (3.28 here), not the default 2.3065.
        ReviewApiTest.deck(learner, "najibullah-dates").then().statusCode(200);
        long card = ReviewApiTest.next(learner, "najibullah-dates").getLong("cardId");
        float stability = ReviewApiTest.review(learner, card, 3, UUID.randomUUID().toString()).then().statusCode(200)
                .extract().jsonPath().getFloat("stability");
        assertEquals(expected.parameters().get(2), stability, 1e-5);

        TestUsers.as(learner).delete("/api/v1/me/fsrs").then().statusCode(204);
        TestUsers.as(learner).get("/api/v1/me").then().statusCode(200).body("fsrsParameters", nullValue());
        long second = ReviewApiTest.next(learner, "najibullah-dates").getLong("cardId");
        float onDefaults = ReviewApiTest.review(learner, second, 3, UUID.randomUUID().toString()).then().statusCode(200)
                .extract().jsonPath().getFloat("stability");
        assertEquals(2.3065, onDefaults, 1e-5);
    }

    @Test
    void theReviewLogExportsAsTheOptimizersCsvAndOnlyTheCallersOwn() throws Exception {
        String learner = TestUsers.learner("fsrs-csv");
        List<RevlogRow> sample = sample().subList(0, 300);
        storeReviews(learner, sample);
        Response csv = TestUsers.as(learner).get("/api/v1/me/reviews.csv");
        csv.then().statusCode(200).contentType(containsString("text/csv")).header("Cache-Control", "no-store");
        List<RevlogRow> back = RevlogCsv.read(new StringReader(csv.asString()));
        assertEquals(300, back.size());
        assertEquals(sample.get(0).reviewTimeMs(), back.get(0).reviewTimeMs());
        assertEquals(sample.get(0).rating(), back.get(0).rating());
        assertEquals(sample.get(0).state(), back.get(0).state());
        assertEquals(FsrsOptimizer.optimize(sample).items(), FsrsOptimizer.optimize(back).items());

        String other = TestUsers.learner("fsrs-csv-other");
        assertEquals(String.join(",", RevlogCsv.COLUMNS), TestUsers.as(other).get("/api/v1/me/reviews.csv").asString().strip());
        io.restassured.RestAssured.given().get("/api/v1/me/reviews.csv").then().statusCode(401);
        io.restassured.RestAssured.given().post("/api/v1/me/fsrs/optimize").then().statusCode(401);
    }

    @Test
    void theSettingsPageFitsShowsTheFiguresAndGoesBackToTheDefaults() throws Exception {
        String learner = TestUsers.learner("fsrs-page");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String settings = page.get("/settings").asString();
        assertTrue(settings.contains("Fit my schedule to my reviews"), settings);
        assertTrue(settings.contains("the default parameters"));
        assertTrue(settings.contains("action=\"/settings/fsrs/optimize\""));

        page.post("/settings/fsrs/optimize").then().statusCode(409).body(containsString("64 more are needed"));

        storeReviews(learner, sample());
        page.get("/settings");
        String result = page.post("/settings/fsrs/optimize").then().statusCode(200).extract().asString();
        assertTrue(result.contains("Applied."), result);
        assertTrue(result.contains("Default parameters</th><td>0.2753</td><td>0.082</td>"), result);
        assertTrue(result.contains("Fitted to your reviews (now used)</th><td>0.2394</td>"), result);

        settings = page.get("/settings").asString();
        assertTrue(settings.contains("parameters fitted to your reviews"));
        page.post("/settings/fsrs/defaults").then().statusCode(303);
        assertTrue(page.get("/settings?flash=fsrs-defaults").asString().contains("default FSRS parameters again"));
        TestUsers.as(learner).get("/api/v1/me").then().body("fsrsParameters", nullValue());

        // A form post without the page's CSRF token changes nothing.
        page.bare().post("/settings/fsrs/optimize").then().statusCode(403);
    }

    @Test
    void anImportedReviewLogIsFittedWithTheLearnersOwnAndABadOneIsRefusedByLineAndField() throws Exception {
        String learner = TestUsers.learner("fsrs-import");
        String csv;
        try (InputStream in = FsrsApiTest.class.getResourceAsStream("/fsrs/optimizer/sample.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TestUsers.as(learner).contentType("text/csv").body(csv).post("/api/v1/me/reviews.csv").then().statusCode(200)
                .body("imported", equalTo(5000)).body("items", equalTo(2736));
        // again: it replaces the first import, it does not add to it
        TestUsers.as(learner).contentType("text/csv").body(csv).post("/api/v1/me/reviews.csv").then().statusCode(200);
        TestUsers.as(learner).post("/api/v1/me/fsrs/optimize").then().statusCode(200)
                .body("items", equalTo(2736)).body("applied", equalTo(true));

        String bad = "card_id,review_time,review_rating,review_state,review_duration\n1,1684193063231,3,0,10\n"
                + "1,1684193108618,3,7,10\n";
        TestUsers.as(learner).contentType("text/csv").body(bad).post("/api/v1/me/reviews.csv").then().statusCode(400)
                .body("error", equalTo("invalid-input")).body("details[0].line", equalTo(3))
                .body("details[0].field", equalTo("review_state")).body("message", containsString("line 3, field review_state"));
        TestUsers.as(learner).post("/api/v1/me/fsrs/optimize").then().statusCode(200).body("items", equalTo(2736));

        // A file with only the header removes the import.
        TestUsers.as(learner).contentType("text/csv").body("card_id,review_time,review_rating,review_state,review_duration\n")
                .post("/api/v1/me/reviews.csv").then().statusCode(200).body("imported", equalTo(0));
        TestUsers.as(learner).post("/api/v1/me/fsrs/optimize").then().statusCode(409);
    }

    @Test
    void theSettingsPageImportsAnUploadedLog() throws Exception {
        String learner = TestUsers.learner("fsrs-upload");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.get("/settings");
        upload(page, "card_id,review_time\n1,2\n").then().statusCode(400)
                .body(containsString("line 1, field review_rating"));
        page.get("/settings");
        String csv;
        try (InputStream in = FsrsApiTest.class.getResourceAsStream("/fsrs/optimizer/sample.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        upload(page, csv).then().statusCode(303);
        page.get("/settings");
        page.post("/settings/fsrs/optimize").then().statusCode(200).body(containsString("Applied."));
    }

    private static Response upload(PageSession page, String csv) {
        return page.bare().multiPart("csrf-token", page.token())
                .multiPart("file", "revlog.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/settings/fsrs/import");
    }

    private static List<RevlogRow> sample() throws Exception {
        try (InputStream in = FsrsApiTest.class.getResourceAsStream("/fsrs/optimizer/sample.csv")) {
            return RevlogCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** Stores the rows as the learner's reviews of parked cards (in review, due in years) of another bank. */
    private void storeReviews(String username, List<RevlogRow> rows) throws Exception {
        try (Connection c = db.getConnection()) {
            long userId = single(c, "SELECT id FROM app_user WHERE username = ?", username);
            long bankId = single(c, "SELECT id FROM bank WHERE slug = ?", "najibullah-offices");
            Map<String, Long> cards = new HashMap<>();
            Timestamp parked = Timestamp.from(Instant.parse("2099-01-01T00:00:00Z"));
            try (PreparedStatement card = c.prepareStatement("INSERT INTO card (user_id, bank_id, question_key, state, due, "
                    + "stability, difficulty, added_at) VALUES (?, ?, ?, 'review', ?, 10, 5, now()) RETURNING id")) {
                for (RevlogRow r : rows) {
                    if (!cards.containsKey(r.cardId())) {
                        card.setLong(1, userId);
                        card.setLong(2, bankId);
                        card.setString(3, "fsrs-" + r.cardId());
                        card.setTimestamp(4, parked);
                        try (ResultSet k = card.executeQuery()) {
                            k.next();
                            cards.put(r.cardId(), k.getLong(1));
                        }
                    }
                }
            }
            try (PreparedStatement log = c.prepareStatement("INSERT INTO review_log (review_id, card_id, user_id, rating, "
                    + "reviewed_at, elapsed_days, state_before, state_after, stability_before, stability_after, "
                    + "difficulty_before, difficulty_after, scheduled_days, due_after, card_before, duration_ms) "
                    + "VALUES (?, ?, ?, ?, ?, 0, ?, 'review', 1, 1, 5, 5, 1, ?, '{}'::jsonb, 1000)")) {
                for (RevlogRow r : rows) {
                    log.setObject(1, UUID.randomUUID());
                    log.setLong(2, cards.get(r.cardId()));
                    log.setLong(3, userId);
                    log.setInt(4, r.rating());
                    log.setTimestamp(5, Timestamp.from(Instant.ofEpochMilli(r.reviewTimeMs())));
                    log.setString(6, STATES[r.state()]);
                    log.setTimestamp(7, parked);
                    log.addBatch();
                }
                log.executeBatch();
            }
        }
    }

    private static long single(Connection c, String sql, String arg) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
