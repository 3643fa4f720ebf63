package org.tarikh.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.ZoneOffset;
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

    /**
     * Registers a learner living where it is now, on the app's clock, about {@code hour}:xx. At 12 the study day cannot
     * roll over (at 04:00) during a test, whatever the hour it runs: use it where a test counts today's cards.
     */
    public static String learnerAtLocalHour(String prefix, int hour) {
        return livingAtLocalHour(learner(prefix), hour);
    }

    /** Moves an account to a fixed-offset zone where it is now about {@code hour}:xx (Etc/GMT signs are reversed). */
    public static String livingAtLocalHour(String username, int hour) {
        int utcHour = new TestClock().instant().atOffset(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(hour - utcHour + 12, 24) - 12; // -12 .. +11
        String zone = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + (-offset));
        as(username).contentType(ContentType.JSON).body(Map.of("timeZone", zone)).patch("/api/v1/me")
                .then().statusCode(200);
        return username;
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
