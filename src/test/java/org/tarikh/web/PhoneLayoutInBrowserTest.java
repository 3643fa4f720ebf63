package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tarikh.support.Browser;
import org.tarikh.support.BrowserSession;
import org.tarikh.support.TestUsers;

/**
 * Every main page on a 390×844 phone and in a desktop window: nothing wider than the screen; on the phone, the
 * review page's rating buttons on the first screen once the answer shows, and "Check my answer" on the first screen
 * of a 20-question quiz. Screenshots of each phone page go to target/screenshots/phone-*.png to be looked at.
 */
@QuarkusTest
class PhoneLayoutInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyMainPageFitsAPhoneScreen() {
        String teacher = TestUsers.teacher("phone");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", "najibullah-people"))
                .post("/api/v1/decks").then().statusCode(200);
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Year 10 B on a phone"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        String quiz = TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-dates", "count", 20, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        String finished = TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        TestUsers.as(teacher).post("/api/v1/quizzes/" + finished + "/finish").then().statusCode(200);

        long card = TestUsers.as(teacher).get("/api/v1/cards?bank=najibullah-people&size=1").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].cardId");

        List<String> tooWide = new ArrayList<>();
        try (Browser b = Browser.phone()) {
            BrowserSession.signIn(b, base, teacher);
            Map<String, String> pages = mainPages(classId, card, quiz, finished);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                b.driver.get(base + page.getValue());
                b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                long scrollWidth = number(b, "return document.documentElement.scrollWidth");
                long innerWidth = number(b, "return window.innerWidth");
                if (scrollWidth > innerWidth) {
                    tooWide.add(page.getKey() + " is " + scrollWidth + " px wide on a " + innerWidth + " px screen");
                }
                b.screenshot("phone-" + page.getKey());
            }

            // A 20-question quiz: the header and the question list (three rows of numbers before) must not push the
            // question down; it starts in the top half, so a question of ordinary length has "Check my answer" on
            // the first screen. (The quiz is drawn at random: one with many long choices may need a scroll anyway.)
            b.driver.get(base + "quizzes/" + quiz);
            long screen = number(b, "return window.innerHeight");
            long promptTop = top(b, b.driver.findElement(By.id("question-prompt")));
            assertTrue(promptTop <= screen / 2, "the question starts at " + promptTop + " px of " + screen
                    + ": what comes before it takes more than half the screen");

            // The review page with the answer shown: every rating button on the first screen.
            b.driver.get(base + "review?bank=najibullah-people");
            b.driver.findElement(By.id("reveal")).click();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rating-buttons")));
            b.screenshot("phone-review-back");
            long height = number(b, "return window.innerHeight");
            long width = number(b, "return window.innerWidth");
            for (WebElement rate : b.driver.findElements(By.cssSelector(".rating-buttons button"))) {
                Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) b.driver).executeScript(
                        "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};",
                        rate);
                double top = ((Number) box.get("top")).doubleValue();
                double bottomEdge = ((Number) box.get("bottom")).doubleValue();
                double left = ((Number) box.get("left")).doubleValue();
                double right = ((Number) box.get("right")).doubleValue();
                assertTrue(top >= 0 && bottomEdge <= height && left >= 0 && right <= width,
                        "rating button '" + rate.getText() + "' at " + box + " is outside the " + width + "×" + height + " screen");
                // Each button fills its grid cell (its form): no narrower button inside a wider cell.
                long cell = number(b, "return Math.round(arguments[0].closest('form').getBoundingClientRect().width)", rate);
                long button = number(b, "return Math.round(arguments[0].getBoundingClientRect().width)", rate);
                assertTrue(button >= cell - 1, "rating button '" + rate.getText() + "' is " + button
                        + " px wide in a cell of " + cell + " px");
            }
        }
        // The same pages in a desktop window: nothing reaches past its width either (a sideways scroll bar).
        try (Browser b = Browser.open()) {
            BrowserSession.signIn(b, base, teacher);
            for (Map.Entry<String, String> page : mainPages(classId, card, quiz, finished).entrySet()) {
                b.driver.get(base + page.getValue());
                b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                List<String> past = b.widerThanTheWindow();
                if (!past.isEmpty()) {
                    tooWide.add(page.getKey() + " on a desktop: " + past);
                }
            }
        }
        assertTrue(tooWide.isEmpty(), String.join("; ", tooWide));
    }

    /** The main pages by name, as paths below the site's root. */
    private static Map<String, String> mainPages(long classId, long card, String quiz, String finished) {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "");
        pages.put("quizzes", "quizzes");
        pages.put("progress", "progress");
        pages.put("review", "review");
        pages.put("cards", "cards");
        pages.put("card", "cards/" + card);
        pages.put("quiz", "quizzes/" + quiz);
        pages.put("results", "quizzes/" + finished + "/results");
        pages.put("banks", "banks");
        pages.put("bank", "banks/najibullah-people");
        pages.put("settings", "settings");
        pages.put("teach", "teach");
        pages.put("class", "classes/" + classId);
        pages.put("classes", "classes");
        return pages;
    }

    private static long number(Browser b, String script, Object... args) {
        return ((Number) ((JavascriptExecutor) b.driver).executeScript(script, args)).longValue();
    }

    private static long top(Browser b, WebElement e) {
        return ((Number) ((JavascriptExecutor) b.driver).executeScript(
                "return Math.floor(arguments[0].getBoundingClientRect().top)", e)).longValue();
    }

    private static long bottom(Browser b, WebElement e) {
        return ((Number) ((JavascriptExecutor) b.driver).executeScript(
                "return Math.ceil(arguments[0].getBoundingClientRect().bottom)", e)).longValue();
    }
}
