package org.tarikh.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

/** Metrics and Swagger UI for admins only, no caching of anything that may show answers, redirects never from Host. */
@QuarkusTest
class OperationsAccessTest {

    @Test
    void metricsAndSwaggerUiAreForAdminsWhileHealthAndOpenApiStayPublic() {
        given().get("/q/metrics").then().statusCode(401);
        TestUsers.as(TestUsers.learner("metrics")).get("/q/metrics").then().statusCode(403);
        TestUsers.asAdmin().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(401);
        TestUsers.asAdmin().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aRefusedRequestIsCountedUnderItsRouteTemplate() {
        // Refused after sign-in (LateAuthFailures): the metric names the route, not the raw path with its id.
        TestUsers.as(TestUsers.learner("refused")).get("/api/v1/classes/987654/report").then().statusCode(403);
        String metrics = TestUsers.asAdmin().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                && line.contains("status=\"403\"") && line.contains("uri=\"/api/v1/classes/{id}/report\"")),
                "a 403 under the report's template");
        // The path, not the bare number: a gauge's value may well hold those six digits.
        assertFalse(metrics.contains("/classes/987654"), "no raw path in the metrics");
    }

    @Test
    void nothingButStaticAssetsMayBeCached() {
        String learner = TestUsers.learner("nocache");
        TestUsers.as(learner).get("/api/v1/me").then().header("Cache-Control", "no-store");
        TestUsers.as(learner).get("/progress").then().header("Cache-Control", "no-store");
        given().get("/banks").then().header("Cache-Control", "no-store");
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void redirectsAreNeverBuiltFromTheHostHeader() {
        String location = given().redirects().follow(false).header("Host", "evil.example").get("/settings")
                .then().statusCode(303).extract().header("Location");
        assertFalse(location.contains("evil.example"), location);
        String name = TestUsers.uniqueName("hostreg");
        org.tarikh.support.PageSession page = org.tarikh.support.PageSession.open("/register");
        String afterRegister = page.bare().header("Host", "evil.example").formParam("csrf-token", page.token())
                .formParam("username", name).formParam("password", TestUsers.PASSWORD).redirects().follow(false)
                .post("/register").then().statusCode(303).extract().header("Location");
        assertEquals("/login?flash=registered", afterRegister);
    }

    @Test
    void theLastAdminCannotLoseTheRole() {
        String deputy = TestUsers.teacher("deputy");
        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .put("/api/v1/users/" + deputy + "/role").then().statusCode(200);
        List<String> others = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> admins = TestUsers.asAdmin().get("/api/v1/users?size=100&page=" + page).jsonPath()
                    .getList("items.findAll { it.role == 'admin' }.username");
            if (TestUsers.asAdmin().get("/api/v1/users?size=100&page=" + page).jsonPath().getList("items").isEmpty()) {
                break;
            }
            admins.stream().filter(n -> !n.equals(deputy)).forEach(others::add);
        }
        // The deputy alone keeps the role for a moment: then it cannot give it up.
        for (String other : others) {
            asDeputy(deputy).body(Map.of("role", "teacher")).put("/api/v1/users/" + other + "/role").then().statusCode(200);
        }
        try {
            asDeputy(deputy).body(Map.of("role", "learner")).put("/api/v1/users/" + deputy + "/role")
                    .then().statusCode(409).body("message", containsString("last admin"));
        } finally {
            for (String other : others) {
                asDeputy(deputy).body(Map.of("role", "admin")).put("/api/v1/users/" + other + "/role").then().statusCode(200);
            }
        }
        asDeputy(deputy).body(Map.of("role", "teacher")).put("/api/v1/users/" + deputy + "/role")
                .then().statusCode(200).body("role", equalTo("teacher"));
    }

    private static io.restassured.specification.RequestSpecification asDeputy(String deputy) {
        return TestUsers.as(deputy).contentType(ContentType.JSON);
    }
}
