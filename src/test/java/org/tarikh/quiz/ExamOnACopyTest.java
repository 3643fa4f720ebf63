package org.tarikh.quiz;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

/**
 * A bank and its copies share their answers: an exam on one holds the others for that learner, whichever way the
 * copy was made (a teacher's copy of a curated bank, or the curated bank behind the teacher's exam).
 */
@QuarkusTest
class ExamOnACopyTest {

    @Test
    void anExamOnTheOriginalHoldsTheTeachersCopy() {
        String copy = copyOf("najibullah-dates");
        String learner = TestUsers.learner("copy-exam");
        String exam = QuizApiTest.start(learner, "najibullah-dates", 5, "exam").getString("attemptId");
        assertHeld(learner, copy);
        TestUsers.as(learner).post("/api/v1/quizzes/" + exam + "/finish").then().statusCode(200);
        QuizApiTest.start(learner, copy, 5, "practice");
    }

    @Test
    void anExamOnACopyHoldsTheOriginalAndItsOtherCopies() {
        String copy = copyOf("najibullah-events");
        String sibling = copyOf("najibullah-events");
        String learner = TestUsers.learner("copy-exam");
        QuizApiTest.start(learner, copy, 5, "exam");
        assertHeld(learner, "najibullah-events");
        assertHeld(learner, sibling);
        QuizApiTest.start(learner, "najibullah-people", 5, "practice"); // another family is free
    }

    private static void assertHeld(String learner, String bank) {
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", bank, "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(409).body("error", equalTo("exam-in-progress"));
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", bank)).post("/api/v1/decks")
                .then().statusCode(200);
        TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + bank).then().statusCode(204);
        TestUsers.as(learner).get("/api/v1/decks").then().statusCode(200)
                .body("items.findAll { it.bank == '" + bank + "' }.size()", equalTo(0));
    }

    private static String copyOf(String curated) {
        String teacher = TestUsers.teacher("copier");
        String slug = "copy-" + System.nanoTime();
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "A copy"))
                .post("/api/v1/banks/" + curated + "/copy").then().statusCode(201);
        return slug;
    }
}
