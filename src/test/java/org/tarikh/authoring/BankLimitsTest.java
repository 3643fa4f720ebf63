package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.Bank;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** Regression: one bank of 119k questions was built by import. A bank holds at most 5,000. */
@QuarkusTest
class BankLimitsTest {

    @Test
    void anImportPastTheLimitIsRefusedAndStoresNothing() {
        String teacher = TestUsers.teacher("limit-import");
        String slug = TeacherBanks.create(teacher, "limit-import");
        StringBuilder csv = new StringBuilder("front\tback\n");
        for (int i = 0; i <= QuestionAuthoring.MAX_QUESTIONS; i++) {
            csv.append("Card ").append(i).append("\tback ").append(i).append('\n');
        }
        TestUsers.as(teacher).contentType("text/plain").body(csv.toString())
                .post("/api/v1/banks/" + slug + "/import?format=csv").then().statusCode(400)
                .body("details[0].message", containsString("at most 5000"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
    }

    @Test
    void aNewQuestionInAFullBankIs409() {
        String teacher = TestUsers.teacher("limit-add");
        String slug = TeacherBanks.create(teacher, "limit-add");
        // Filling the bank through the API would take a while: the rows go in with one statement.
        QuarkusTransaction.requiringNew().run(() -> Bank.getEntityManager().createNativeQuery("""
                INSERT INTO question (bank_id, question_key, version, type, topic, prompt, content, is_current)
                SELECT b.id, 'c' || g, 1, 'card', 'general', 'front',
                       jsonb_build_object('id', 'c' || g, 'type', 'card', 'topic', 'general', 'front', 'front', 'back', 'back'),
                       true
                  FROM bank b, generate_series(1, ?1) g WHERE b.slug = ?2""")
                .setParameter(1, QuestionAuthoring.MAX_QUESTIONS).setParameter(2, slug).executeUpdate());
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(TeacherBanks.single("one-more", "Which?", List.of("A", "B")))
                .post("/api/v1/banks/" + slug + "/questions").then().statusCode(409)
                .body("message", containsString("at most 5000"));
    }
}
