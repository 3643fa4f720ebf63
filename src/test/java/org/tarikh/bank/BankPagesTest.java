package org.tarikh.bank;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

@QuarkusTest
class BankPagesTest {

    @Test
    void theBankListNamesEachBankWithItsCounts() {
        given().get("/banks").then().statusCode(200)
                .body(containsString("Najibullah: offices and posts"))
                .body(containsString("href=\"/banks/najibullah-dates\""))
                .body(containsString("questions"));
    }

    @Test
    void aBankPageShowsTopicsCountsAndWaysToStudy() {
        given().get("/banks/najibullah-policies").then().statusCode(200)
                .body(containsString("Take a quiz")).body(containsString("Study as flashcards"))
                .body(containsString("Policies"))
                .body(not(containsString("See every question with its answer")));
    }

    @Test
    void onlyTeachersSeeTheQuestionsWithTheirAnswers() {
        String learner = TestUsers.learner("nosy");
        TestUsers.as(learner).get("/banks/najibullah-dates/questions").then().statusCode(403);
        String teacher = TestUsers.teacher("reader");
        TestUsers.as(teacher).get("/banks/najibullah-dates/questions").then().statusCode(200)
                .body(containsString("Answer:"))
                .body(containsString("https://en.wikipedia.org/wiki/Mohammad_Najibullah#"));
        TestUsers.as(teacher).get("/banks/najibullah-dates").then()
                .body(containsString("See every question with its answer"));
    }

    @Test
    void anUnknownBankPageIsAFriendly404() {
        given().get("/banks/nope").then().statusCode(404).body(containsString("There is no bank"));
    }
}
