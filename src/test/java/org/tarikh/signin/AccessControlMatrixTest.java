package org.tarikh.signin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/**
 * Who may do what to whose objects: every route below is called as each kind of caller, and the status must be
 * the one in the matrix (the owner allowed; another learner or teacher refused, as 403 or as a 404 that does
 * not even admit the object exists; anonymous callers asked to sign in). All mismatches are listed at once.
 */
@QuarkusTest
class AccessControlMatrixTest {

    private static final String ANON = "anonymous";
    private static final String OWNER = "learner (owner)";
    private static final String PEER = "another learner";
    private static final String TEACHER = "teacher (owner)";
    private static final String OTHER_TEACHER = "another teacher";
    private static final String ADMIN = "admin";

    private final Map<String, Function<RequestSpecification, RequestSpecification>> callers = new LinkedHashMap<>();
    private String learner;
    private String teacher;
    private String bank;
    private long classId;
    private String attempt;
    private long card;
    private long tokenId;

    private void makeObjects() {
        learner = TestUsers.learner("matrix-owner");
        String peer = TestUsers.learner("matrix-peer");
        teacher = TestUsers.teacher("matrix-teacher");
        String otherTeacher = TestUsers.teacher("matrix-other");
        bank = TeacherBanks.create(teacher, "matrixbank");
        TeacherBanks.add(teacher, bank, TeacherBanks.single("q-1", "Which city?", List.of("Kabul", "Herat")));
        classId = ((Number) TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Matrix class"))
                .post("/api/v1/classes").then().statusCode(201).extract().path("id")).longValue();
        attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-dates", "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", "najibullah-dates"))
                .post("/api/v1/decks").then().statusCode(200);
        card = TestUsers.as(learner).get("/api/v1/reviews/next?bank=najibullah-dates").jsonPath().getLong("cardId");
        tokenId = ((Number) TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "matrix"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("id")).longValue();

        callers.put(ANON, r -> r);
        callers.put(OWNER, r -> r.auth().preemptive().basic(learner, TestUsers.PASSWORD));
        callers.put(PEER, r -> r.auth().preemptive().basic(peer, TestUsers.PASSWORD));
        callers.put(TEACHER, r -> r.auth().preemptive().basic(teacher, TestUsers.PASSWORD));
        callers.put(OTHER_TEACHER, r -> r.auth().preemptive().basic(otherTeacher, TestUsers.PASSWORD));
        callers.put(ADMIN, r -> r.auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
    }

    @Test
    void everyCallerGetsTheStatusOfTheMatrix() {
        makeObjects();
        List<String> wrong = new ArrayList<>();
        // {method, path, body or null, expected status per caller: anonymous, owner, peer, teacher, other teacher, admin}
        Object[][] matrix = {
            {"GET", "/api/v1/me", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/quizzes/" + attempt, null, new int[] {401, 200, 404, 404, 404, 404}},
            {"POST", "/api/v1/quizzes/" + attempt + "/finish", null, new int[] {401, -1, 404, 404, 404, 404}},
            {"GET", "/api/v1/reviews/card/" + card, null, new int[] {401, 200, 404, 404, 404, 404}},
            {"POST", "/api/v1/reviews", Map.of("cardId", card, "rating", 3, "reviewId", UUID.randomUUID().toString()),
                new int[] {401, -1, 404, 404, 404, 404}},
            {"DELETE", "/api/v1/me/tokens/" + tokenId, null, new int[] {401, -1, 404, 404, 404, 404}},
            {"PUT", "/api/v1/banks/" + bank, Map.of("title", "Renamed"), new int[] {401, 403, 403, 200, 403, 403}},
            {"POST", "/api/v1/banks/" + bank + "/questions", TeacherBanks.single("q-2", "Which river?", List.of("Kabul", "Helmand")),
                new int[] {401, 403, 403, 201, 403, 403}},
            {"GET", "/api/v1/banks/" + bank + "/export?format=yaml", null, new int[] {401, 403, 403, 200, 403, 403}},
            {"POST", "/api/v1/banks/" + bank + "/copy", Map.of("slug", "copy-" + UUID.randomUUID().toString().substring(0, 8), "title", "Copy"),
                new int[] {401, 403, 403, 201, 403, 403}},
            {"GET", "/api/v1/classes/" + classId + "/report", null, new int[] {401, 403, 403, 200, 403, 403}},
            {"POST", "/api/v1/classes/" + classId + "/assignments", Map.of("bank", bank, "kind", "review", "dueAt", "2999-01-01T00:00:00Z"),
                new int[] {401, 403, 403, 201, 403, 403}},
            {"PUT", "/api/v1/users/" + learner + "/role", Map.of("role", "learner"), new int[] {401, 403, 403, 403, 403, 200}},
            {"GET", "/api/v1/users", null, new int[] {401, 403, 403, 403, 403, 200}},
            {"GET", "/q/metrics", null, new int[] {401, 403, 403, 403, 403, 200}},
            {"GET", "/admin/users", null, new int[] {303, 403, 403, 403, 403, 200}},
            {"GET", "/teach", null, new int[] {303, 403, 403, 200, 200, 200}},
        };
        List<String> who = List.copyOf(callers.keySet());
        for (Object[] row : matrix) {
            int[] expected = (int[]) row[3];
            for (int i = 0; i < who.size(); i++) {
                if (expected[i] < 0) {
                    continue; // the owner's own write is tested where it lives; here it would change the objects
                }
                RequestSpecification r = callers.get(who.get(i)).apply(given().redirects().follow(false));
                if (row[2] != null) {
                    r = r.contentType(ContentType.JSON).body(row[2]);
                }
                int status = r.request((String) row[0], (String) row[1]).statusCode();
                if (status != expected[i]) {
                    wrong.add(row[0] + " " + row[1] + " as " + who.get(i) + ": " + status + ", expected " + expected[i]);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
