package org.tarikh.support;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds teachers' banks through the API, as a teacher's script would. */
public final class TeacherBanks {

    private TeacherBanks() {
    }

    /** Creates an empty bank owned by {@code teacher}; returns its slug. */
    public static String create(String teacher, String prefix) {
        String slug = TestUsers.uniqueName(prefix);
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", "Bank " + slug, "description", "made by a test"))
                .post("/api/v1/banks").then().statusCode(201);
        return slug;
    }

    /** Adds a question (a map in the docs/questions.md shape) and checks it was stored. */
    public static void add(String teacher, String slug, Map<String, Object> question) {
        TestUsers.as(teacher).contentType(ContentType.JSON).body(question)
                .post("/api/v1/banks/" + slug + "/questions").then().log().ifValidationFails().statusCode(201);
    }

    /** A single-choice question whose answer is the first choice. */
    public static Map<String, Object> single(String id, String prompt, List<String> choices) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("type", "single");
        q.put("topic", "events");
        q.put("prompt", prompt);
        q.put("choices", choices);
        q.put("answer", choices.get(0));
        q.put("explanation", "Because the source says so.");
        return q;
    }
}
