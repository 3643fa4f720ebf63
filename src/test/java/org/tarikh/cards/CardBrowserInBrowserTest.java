package org.tarikh.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tarikh.support.Browser;
import org.tarikh.support.BrowserSession;
import org.tarikh.support.TestUsers;

/** The card browser with the keyboard alone: search, open a card, suspend it, find it among the suspended. */
@QuarkusTest
class CardBrowserInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLearnerSearchesAndSuspendsACardWithTheKeyboardAlone() {
        String learner = TestUsers.learner("cardkeys");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", "najibullah-events"))
                .post("/api/v1/decks").then().statusCode(200);
        try (Browser b = Browser.open()) {
            BrowserSession.signIn(b, base, learner);
            b.driver.get(base + "cards");
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
            b.screenshot("cards-list");
            WebElement search = b.driver.findElement(By.id("q"));
            search.sendKeys("Geneva", Keys.ENTER);
            b.waiting().until(ExpectedConditions.urlContains("q=Geneva"));
            String count = b.driver.findElement(By.id("card-count")).getText();
            assertTrue(count.startsWith("Cards 1–"), count);

            // Tab from the search field to the first card's link and open it with Enter.
            WebElement first = b.driver.findElement(By.cssSelector(".card-table tbody a"));
            String front = first.getText();
            assertTrue(front.contains("Geneva"), front);
            b.driver.findElement(By.id("q")).click();
            Actions keys = new Actions(b.driver);
            for (int i = 0; i < 8 && !first.equals(b.driver.switchTo().activeElement()); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals(first, b.driver.switchTo().activeElement(), "the card's link is reached by Tab");
            new Actions(b.driver).sendKeys(Keys.ENTER).perform();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("suspend")));
            assertTrue(b.driver.findElement(By.cssSelector(".card-back")).getText().contains("Answer:"));
            assertEquals(4, b.driver.findElements(By.cssSelector(".next-intervals li")).size());
            b.screenshot("cards-card");

            b.driver.findElement(By.id("suspend")).sendKeys(Keys.ENTER);
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("unsuspend")));
            assertTrue(b.driver.findElement(By.cssSelector(".flash")).getText().contains("suspended"));

            b.driver.findElement(By.linkText("My cards")).sendKeys(Keys.ENTER);
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("state"))).selectByValue("suspended");
            b.driver.findElement(By.id("state")).submit();
            b.waiting().until(ExpectedConditions.urlContains("state=suspended"));
            assertEquals("Cards 1–1 of 1", b.driver.findElement(By.id("card-count")).getText());
            assertEquals(front, b.driver.findElement(By.cssSelector(".card-table tbody a")).getText());
        }
    }
}
