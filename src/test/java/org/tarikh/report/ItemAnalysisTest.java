package org.tarikh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/**
 * A scripted class: five learners answer the same five questions right (1) or wrong (0) as below, so facility and
 * discrimination can be worked out by hand.
 */
@QuarkusTest
class ItemAnalysisTest {

    private static final List<String> ITEMS = List.of("qa", "qb", "qc", "qd", "qe");
    private static final int[][] ANSWERS = {
            //  qa qb qc qd qe
            {1, 1, 1, 1, 0},
            {1, 1, 0, 0, 1},
            {1, 0, 1, 0, 0},
            {0, 0, 0, 1, 0},
            {1, 1, 1, 0, 0},
    };

    @Test
    void facilityAndDiscriminationMatchTheHandComputedValues() {
        String teacher = TestUsers.teacher("analyst");
        String slug = TeacherBanks.create(teacher, "analysis");
        for (String id : ITEMS) {
            TeacherBanks.add(teacher, slug, TeacherBanks.single(id, "Question " + id + "?", List.of("right", "wrong one", "wrong two")));
        }
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Scripted"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "kind", "quiz", "count", 5, "dueAt", new TestClock().instant().plusSeconds(3600).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201);
        for (int[] row : ANSWERS) {
            String learner = TestUsers.learner("scripted");
            TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                    .post("/api/v1/classes/join").then().statusCode(200);
            takeQuiz(learner, slug, row);
        }

        JsonPath report = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/report").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(5, report.getList("students").size());
        assertTrue(report.getMap("students[0]").keySet().containsAll(List.of("username", "attempts", "bestScore", "dueNow", "mastery")));
        // Each learner finished one quiz; their best scores are the rows' totals out of 5.
        assertEquals(List.of(1, 1, 1, 1, 1), report.getList("students.attempts", Integer.class));
        assertEquals(List.of(0.2, 0.4, 0.6, 0.6, 0.8), report.getList("students.bestScore", Double.class).stream()
                .map(v -> Math.round(v * 10) / 10.0).sorted().toList());

        // Facility = mean score: qa 4/5, qb 3/5, qc 3/5, qd 2/5, qe 1/5.
        // Discrimination = Pearson r between the item and the mean of the attempt's other four items. For qa:
        //   x = 1,1,1,0,1 (mean .8); rest = .75,.5,.25,.25,.5 (mean .45)
        //   Σ dx·dy = .2·.3 + .2·.05 + .2·(-.2) + (-.8)(-.2) + .2·.05 = .2
        //   Σ dx² = .8, Σ dy² = .175, r = .2 / √(.8 · .175) = .5345
        // The same by hand for the others: qb .6455, qc 0, qd -.4901, qe -.1961.
        Map<String, double[]> expected = Map.of(
                "qa", new double[] {0.8, 0.5345}, "qb", new double[] {0.6, 0.6455}, "qc", new double[] {0.6, 0.0},
                "qd", new double[] {0.4, -0.4901}, "qe", new double[] {0.2, -0.1961});
        for (String id : ITEMS) {
            Map<String, Object> item = report.getMap("items.find { it.questionId == '" + id + "' }");
            assertEquals(5, item.get("answers"), id);
            assertEquals(expected.get(id)[0], ((Number) item.get("facility")).doubleValue(), 1e-4, id + " facility");
            assertEquals(expected.get(id)[1], ((Number) item.get("discrimination")).doubleValue(), 1e-4, id + " discrimination");
        }
        // Every wrong answer picked "wrong one": "wrong two" is a distractor nobody picks, and qd discriminates negatively.
        Map<String, Object> qa = report.getMap("items.find { it.questionId == 'qa' }");
        assertEquals(List.of(Map.of("choice", "right", "right", true, "picked", 4),
                Map.of("choice", "wrong one", "right", false, "picked", 1),
                Map.of("choice", "wrong two", "right", false, "picked", 0)), qa.get("choices"));
        assertTrue(((List<?>) qa.get("flags")).contains("unused-distractor"));
        assertTrue(report.getList("items.find { it.questionId == 'qd' }.flags").contains("negative-discrimination"));
        assertFalse(report.getList("items.find { it.questionId == 'qe' }.flags").contains("too-hard"), "0.2 is not under 0.2");
        assertFalse(report.getList("items.find { it.questionId == 'qa' }.flags").contains("too-easy"), "0.8 is not over 0.9");

        String csv = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/report/csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("student,display name,finished attempts,best score,cards due now,mastery", lines.get(0));
        assertEquals(1 + 5 + 1 + 1 + 5, lines.size(), "5 students, a blank line, the item header, 5 items");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(slug + ",qd,single,Question qd?,5,0.4,-0.4901,")), csv);
    }

    private static void takeQuiz(String learner, String slug, int[] row) {
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        Map<String, KnownAnswers.Delivered> known = KnownAnswers.of(attempt);
        for (int i = 0; i < ITEMS.size(); i++) {
            KnownAnswers.Delivered d = known.get(ITEMS.get(i));
            Map<String, Object> response = row[i] == 1 ? KnownAnswers.right(d) : KnownAnswers.wrong(d);
            TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("questionId", d.id(), "response", response))
                    .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200);
        }
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
    }
}
