package org.tarikh.progress;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** Before 04:00 the forecast's first bar carries yesterday's date: the page says why (issue 12). */
@QuarkusTest
class StudyDayNoteTest {

    @Test
    void beforeFourInTheMorningThePageSaysTheStudyDayRunsUntilFour() {
        String night = TestUsers.learnerAtLocalHour("owl", 1);
        PageSession.signIn(night, TestUsers.PASSWORD).get("/progress").then().statusCode(200)
                .body(containsString("It is before 04:00, so today&#39;s study day is still"))
                .body(containsString("it runs until 04:00"));
        String noon = TestUsers.learnerAtLocalHour("lark", 12);
        PageSession.signIn(noon, TestUsers.PASSWORD).get("/progress").then().statusCode(200)
                .body(containsString("Each bar is a study day, from 04:00 to 04:00"))
                .body(not(containsString("It is before 04:00")));
    }
}
