package org.tarikh.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

/**
 * The queue's order, whatever the due times: learning and relearning cards that are due first, then review cards
 * that are due (oldest due first), then new cards in the order they were added. Card states are set in the database.
 */
@QuarkusTest
class QueueOrderTest {

    private static final String BANK = "najibullah-dates";

    @Inject
    DataSource db;

    @Test
    void learningComesBeforeReviewWhichComesBeforeNew() throws SQLException {
        String learner = TestUsers.learner("queueorder");
        ReviewRoutesTest.deck(learner);
        String token = ReviewRoutesTest.token(learner);
        List<Long> cards = cardsInAddedOrder(learner);
        long relearning = cards.get(5);
        long olderReview = cards.get(6);
        long review = cards.get(7);
        set(relearning, "relearning", "now() - interval '1 minute'");
        set(olderReview, "review", "now() - interval '3 days'");
        set(review, "review", "now() - interval '1 day'");

        assertNext(learner, token, relearning, 1, 2);
        set(relearning, "relearning", "now() + interval '2 days'"); // not due today
        assertNext(learner, token, olderReview, 0, 2);
        set(olderReview, "review", "now() + interval '2 days'");
        assertNext(learner, token, review, 0, 1);
        set(review, "review", "now() + interval '2 days'");
        assertNext(learner, token, cards.get(0), 0, 0);
    }

    /** Asked with Basic (the ordinary sign-in's statement) and twice with a token (the second signs in within it). */
    private static void assertNext(String learner, String token, long card, int learning, int due) {
        for (RequestSpecification caller : List.of(TestUsers.as(learner), given().auth().oauth2(token),
                given().auth().oauth2(token))) {
            caller.get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200)
                    .body("cardId", equalTo((int) card)).body("counts.learning", equalTo(learning))
                    .body("counts.due", equalTo(due));
        }
    }

    private void set(long card, String state, String due) throws SQLException {
        String sql = "UPDATE card SET state = ?, due = " + due + ", stability = 5, difficulty = 5, reps = 3, "
                + "last_review = now() - interval '5 days' WHERE id = ?";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, state);
            s.setLong(2, card);
            assertEquals(1, s.executeUpdate());
        }
    }

    private List<Long> cardsInAddedOrder(String learner) throws SQLException {
        String sql = "SELECT c.id FROM card c JOIN app_user u ON u.id = c.user_id WHERE u.username = ? ORDER BY c.added_at, c.id";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, learner);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }
}
