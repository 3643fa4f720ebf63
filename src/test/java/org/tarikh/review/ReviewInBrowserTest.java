package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tarikh.support.Browser;
import org.tarikh.support.BrowserSession;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ReviewInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLearnerStudiesABankWithTheKeyboardAlone() {
        // Around noon for the learner: the first card's 10-minute step must fall within today's study day.
        String learner = TestUsers.learnerAtLocalHour("keys", 12);
        try (Browser b = Browser.open()) {
            BrowserSession.signIn(b, base, learner);
            b.driver.get(base + "banks/najibullah-people");
            b.driver.findElement(By.xpath("//button[contains(., 'Study as flashcards')]")).sendKeys(Keys.ENTER);
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reveal")));
            b.screenshot("review-front");
            Actions keys = new Actions(b.driver);

            keys.sendKeys(Keys.SPACE).perform();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rating-buttons")));
            assertTrue(b.driver.findElement(By.cssSelector(".card-back")).getText().contains("Answer:"));
            assertEquals("10m", b.driver.findElement(By.cssSelector(".rate-3 .rate-interval")).getText());
            b.screenshot("review-back");
            new Actions(b.driver).sendKeys("3").perform();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reveal")));

            new Actions(b.driver).sendKeys(Keys.SPACE).perform();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rating-buttons")));
            new Actions(b.driver).sendKeys("1").perform();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reveal")));
            assertTrue(b.driver.findElement(By.cssSelector(".count-learning")).getText().startsWith("2"),
                    "two cards in learning: " + b.driver.findElement(By.cssSelector(".review-counts")).getText());

            new Actions(b.driver).sendKeys("u").perform();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "undone"));
            b.screenshot("review-after-undo");

            b.driver.get(base + "progress");
            b.waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('forecast-chart'))")));
            assertTrue(b.driver.findElement(By.cssSelector(".heatmap")).isDisplayed());
            b.screenshot("progress-dashboard");
        }
        long reviews = QuarkusTransaction.requiringNew().call(() -> ReviewRecord.count("user.username", learner));
        assertEquals(1, reviews, "two reviews, one undone");
    }
}
