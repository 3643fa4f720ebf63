package org.tarikh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/** The report page sorts each table by any column, on the server, with links and aria-sort on the headings. */
@QuarkusTest
class ReportSortTest {

    private static final List<String> ITEMS = List.of("qa", "qb", "qc", "qd", "qe");

    @Test
    void theStudentsAndQuestionsSortByAnyColumnBothWays() {
        String teacher = TestUsers.teacher("sorter");
        String slug = TeacherBanks.create(teacher, "sorting");
        for (String id : ITEMS) {
            TeacherBanks.add(teacher, slug, TeacherBanks.single(id, "Question " + id + "?", List.of("right", "wrong one")));
        }
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Sorted"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "kind", "quiz", "count", 5, "dueAt", new TestClock().instant().plusSeconds(3600).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201);
        // Named so that name order is not score order: a (2 right), b (5 right), c (1 right), d (no quiz).
        String prefix = TestUsers.uniqueName("s");
        int[] rights = {2, 5, 1, -1};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rights.length; i++) {
            String name = prefix + "-" + (char) ('a' + i);
            io.restassured.RestAssured.given().contentType(ContentType.JSON)
                    .body(Map.of("username", name, "password", TestUsers.PASSWORD)).post("/api/v1/auth/register")
                    .then().statusCode(201);
            TestUsers.as(name).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                    .post("/api/v1/classes/join").then().statusCode(200);
            if (rights[i] >= 0) {
                takeQuiz(name, slug, rights[i]);
            }
            names.add(name);
        }
        PageSession page = PageSession.signIn(teacher, TestUsers.PASSWORD);
        String base = "/classes/" + classId + "/report";

        String byName = page.get(base).then().statusCode(200).extract().asString();
        assertEquals(List.of("a", "b", "c", "d"), order(byName, prefix));
        assertTrue(byName.contains("aria-sort=\"ascending\"><a href=\"?sort=-student#students\""), "sorted by name, link reverses");
        assertTrue(byName.contains("aria-sort=\"none\"><a href=\"?sort=best#students\""), byName);

        String best = page.get(base + "?sort=-best").then().statusCode(200).extract().asString();
        assertEquals(List.of("b", "a", "c", "d"), order(best, prefix), "best first; no quiz last");
        assertTrue(best.contains("aria-sort=\"descending\"><a href=\"?sort=best#students\""));
        assertEquals(List.of("c", "a", "b", "d"), order(page.get(base + "?sort=best").asString(), prefix),
                "no quiz stays last the other way round too");
        assertEquals(List.of("d", "c", "b", "a"), order(page.get(base + "?sort=-student").asString(), prefix));

        // The questions: qa is right for everyone who took the quiz, qe only for b.
        String items = page.get(base + "?isort=-facility").then().statusCode(200).extract().asString();
        List<String> itemOrder = new ArrayList<>();
        Matcher m = Pattern.compile("id=\"item-(q[a-e])\"").matcher(items);
        while (m.find()) {
            itemOrder.add(m.group(1));
        }
        assertEquals("qa", itemOrder.get(0));
        assertEquals("qe", itemOrder.get(itemOrder.size() - 1));
        assertTrue(items.contains("href=\"?sort=student&amp;isort=facility#questions\""), "the question links keep the student order");

        page.get(base + "?sort=shoe-size").then().statusCode(400);
        page.get(base + "?isort=-nope").then().statusCode(400);
    }

    private static List<String> order(String html, String prefix) {
        List<String> seen = new ArrayList<>();
        Matcher m = Pattern.compile("report/students/" + Pattern.quote(prefix) + "-([a-d])\"").matcher(html);
        while (m.find()) {
            seen.add(m.group(1));
        }
        return seen;
    }

    private static void takeQuiz(String learner, String slug, int right) {
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        Map<String, KnownAnswers.Delivered> known = KnownAnswers.of(attempt);
        for (int i = 0; i < ITEMS.size(); i++) {
            KnownAnswers.Delivered d = known.get(ITEMS.get(i));
            TestUsers.as(learner).contentType(ContentType.JSON)
                    .body(Map.of("questionId", d.id(), "response", i < right ? KnownAnswers.right(d) : KnownAnswers.wrong(d)))
                    .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200);
        }
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
    }
}
