package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestBanks;
import org.tarikh.support.TestUsers;

/** Confirmations say whom and what (issue 12: "The role was changed.", "The file was imported." with no count). */
@QuarkusTest
class ConfirmationsTest {

    @Test
    void anImportSaysHowManyQuestionsWithThousandsSeparators() {
        given().get("/?flash=imported&added=1200&updated=3&unchanged=0").then().statusCode(200)
                .body(containsString("The file was imported: 1,200 new, 3 updated, 0 unchanged."));
    }

    @Test
    void aRoleChangeNamesTheUserAndTheRoleButNeverRepeatsArbitraryText() {
        given().get("/?flash=role-changed&user=lena&role=teacher").then().statusCode(200)
                .body(containsString("lena is now a teacher."));
        given().get("/?flash=role-changed&user=%3Cb%3Ehi%3C/b%3E&role=teacher").then().statusCode(200)
                .body(containsString("The role was changed.")).body(not(containsString("<b>hi")));
    }

    @Test
    void aTrueOrFalseCardSaysSoOnItsFront() {
        String slug = TestBanks.load("""
                bank: tf-front-%d
                title: "True or false fronts"
                description: "One statement."
                language: en
                questions:
                  - id: statement
                    type: truefalse
                    topic: events
                    prompt: "The Geneva Accords were signed in 1988."
                    answer: true
                    explanation: "April 1988."
                    source: { section: "Soviet withdrawal" }
                """.formatted(System.nanoTime()));
        String learner = TestUsers.learner("tffront");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", slug)).post("/api/v1/decks")
                .then().statusCode(200);
        TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(200)
                .body("front", org.hamcrest.Matchers.equalTo("True or false? The Geneva Accords were signed in 1988."));
    }
}
