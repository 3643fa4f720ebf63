package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.review.scheduler.Rating;
import org.tarikh.review.scheduler.ReviewOutcome;
import org.tarikh.support.TestUsers;

/**
 * A review writes the card only if it is still the row version the review was computed from: the write of a
 * review whose card changed in between stores nothing, and the service reads again (the concurrent cases are in
 * {@link ReviewApiTest}).
 */
@QuarkusTest
class ReviewWriteVersionTest {

    @Inject
    DataSource db;

    @Test
    void aWriteAfterTheCardChangedStoresNothingAndAFreshReadSucceeds() throws SQLException {
        String learner = TestUsers.learner("cas");
        ReviewApiTest.deck(learner, "najibullah-dates").then().statusCode(200);
        long cardId = ReviewApiTest.next(learner, "najibullah-dates").getLong("cardId");
        UUID reviewId = UUID.randomUUID();
        try (Connection c = db.getConnection()) {
            ReviewSql.Read stale = ReviewSql.read(c, cardId, reviewId);
            assertNotNull(stale.card());
            assertNull(stale.earlier(), "a new review id");
            Learner who = new Learner(stale.card().userId(), StudyDay.of(null), 20, 0.9);

            execute(c, "UPDATE card SET requeued = requeued WHERE id = " + cardId); // same values, a new row version
            assertNull(ReviewSql.write(c, reviewId, stale.card(), outcome(who, stale), null, "{}"),
                    "the card changed since it was read");
            assertEquals(0, count(c, "SELECT count(*) FROM review_log WHERE card_id = " + cardId));
            assertEquals(0, count(c, "SELECT reps FROM card WHERE id = " + cardId));

            ReviewSql.Read fresh = ReviewSql.read(c, cardId, reviewId);
            String written = ReviewSql.write(c, reviewId, fresh.card(), outcome(who, fresh), 1200, "{}");
            assertNotNull(written);
            assertEquals(written, ReviewSql.read(c, cardId, UUID.randomUUID()).card().version(), "the new row version");
            assertEquals(1, count(c, "SELECT count(*) FROM review_log WHERE card_id = " + cardId));
            assertEquals(1, count(c, "SELECT reps FROM card WHERE id = " + cardId));
            ReviewSql.Read replay = ReviewSql.read(c, cardId, reviewId);
            assertNotNull(replay.earlier(), "the stored review is found by its id");
            assertEquals(cardId, replay.earlier().cardId());
        }
    }

    private static ReviewOutcome outcome(Learner who, ReviewSql.Read read) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return ReviewService.scheduler(who, read.card().id()).review(read.card().state(), Rating.GOOD, now,
                who.day().daysBetween(read.card().state().lastReview(), now));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
