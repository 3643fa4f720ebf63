package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class QuestionSearchTest {

    @Test
    void theBankPageFiltersQuestionsByWordsTypeAndTopic() {
        String teacher = TestUsers.teacher("searcher");
        String slug = TeacherBanks.create(teacher, "searchable");
        TeacherBanks.add(teacher, slug, TeacherBanks.single("khad-head", "Who headed KHAD?", List.of("Najibullah", "Karmal")));
        TeacherBanks.add(teacher, slug, TeacherBanks.single("geneva", "When were the Geneva Accords signed?", List.of("1988", "1989")));
        PageSession page = PageSession.signIn(teacher, TestUsers.PASSWORD);
        String base = "/teach/banks/" + slug;

        page.get(base).then().statusCode(200).body(containsString("Who headed KHAD?"))
                .body(containsString("When were the Geneva Accords signed?")).body(containsString("aria-label=\"Search the questions\""));
        page.get(base + "?q=geneva").then().statusCode(200).body(containsString("Geneva Accords"))
                .body(not(containsString("Who headed KHAD?"))).body(containsString("1 of 2 questions match."));
        // Words of an answer find the question too: teachers see answers anyway.
        page.get(base + "?q=karmal").then().body(containsString("Who headed KHAD?")).body(not(containsString("Geneva Accords")));
        page.get(base + "?type=single").then().body(containsString("2 of 2 questions match."))
                .body(containsString("<option value=\"single\" selected>"));
        page.get(base + "?type=cloze").then().body(containsString("No question matches"))
                .body(not(containsString("Who headed KHAD?")));
        String topic = TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().extract().path("questions[0].topic");
        page.get(base + "?topic=" + topic).then().body(containsString("2 of 2 questions match."));
        page.get(base + "?topic=no-such-topic").then().body(containsString("No question matches"));
        page.get(base + "?q=%3Cscript%3E").then().statusCode(200).body(not(containsString("value=\"<script>\"")));
    }
}
