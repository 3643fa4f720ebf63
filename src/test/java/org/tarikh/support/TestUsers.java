package org.tarikh.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates accounts through the API, each with a unique name, so tests never depend on one another. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestUsers() {
    }

    /** A fresh unique username with the given prefix. */
    public static String uniqueName(String prefix) {
        return (prefix + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet()).toLowerCase();
    }

    /** Registers a learner and returns its username. */
    public static String learner(String prefix) {
        String name = uniqueName(prefix);
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201);
        return name;
    }

    /** Registers an account and makes it a teacher (through the admin). */
    public static String teacher(String prefix) {
        String name = learner(prefix);
        asAdmin().contentType(ContentType.JSON).body(Map.of("role", "teacher"))
                .put("/api/v1/users/" + name + "/role").then().statusCode(200);
        return name;
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }
}
