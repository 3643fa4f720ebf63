package org.tarikh.progress;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/** Before 04:00 the forecast's first bar carries yesterday's date: the page says why (issue 12). */
@QuarkusTest
class StudyDayNoteTest {

    @Test
    void beforeFourInTheMorningThePageSaysTheStudyDayRunsUntilFour() {
        String night = learnerAtLocalHour("owl", 1);
        PageSession.signIn(night, TestUsers.PASSWORD).get("/progress").then().statusCode(200)
                .body(containsString("It is before 04:00, so today&#39;s study day is still"))
                .body(containsString("it runs until 04:00"));
        String noon = learnerAtLocalHour("lark", 12);
        PageSession.signIn(noon, TestUsers.PASSWORD).get("/progress").then().statusCode(200)
                .body(containsString("Each bar is a study day, from 04:00 to 04:00"))
                .body(not(containsString("It is before 04:00")));
    }

    /** A learner in a fixed-offset zone where it is now about {@code hour}:xx (Etc/GMT signs are reversed). */
    private static String learnerAtLocalHour(String prefix, int hour) {
        int utcHour = new TestClock().instant().atOffset(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(hour - utcHour + 12, 24) - 12; // -12 .. +11
        String zone = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + (-offset));
        String learner = TestUsers.learner(prefix);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("timeZone", zone)).patch("/api/v1/me")
                .then().statusCode(200);
        return learner;
    }
}
