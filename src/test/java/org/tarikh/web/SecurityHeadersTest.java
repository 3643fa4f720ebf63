package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesApiAndAssetsCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login", "/api/v1/banks-missing", "/css/app.css", "/no-such-page"}) {
            expectHeaders(given().get(path).then());
        }
    }

    @Test
    void refusedRequestsCarryTheSecurityHeadersToo() {
        String learner = TestUsers.learner("headers");
        expectHeaders(TestUsers.as(learner).get("/q/metrics").then().statusCode(403));
        expectHeaders(given().auth().preemptive().basic(learner, "not-the-password").get("/api/v1/me").then().statusCode(401));
        expectHeaders(given().get("/api/v1/reviews/next").then().statusCode(401));
    }

    @Test
    void theContentSecurityPolicyForbidsInlineScripts() {
        given().get("/").then()
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        not(containsString("script-src 'self' 'unsafe-inline'")), containsString("frame-ancestors 'none'")));
    }

    @Test
    void assetsComeFromTheAppItselfNotACdn() {
        given().get("/").then().body(allOf(containsString("/webjars/htmx.org/"), containsString("/webjars/picocss__pico/"),
                not(containsString("https://"))));
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/picocss__pico/css/pico.min.css").then().statusCode(200);
        given().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);
    }

    private static void expectHeaders(ValidatableResponse r) {
        r.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
