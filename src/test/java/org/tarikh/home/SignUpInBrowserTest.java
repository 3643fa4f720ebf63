package org.tarikh.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tarikh.support.Browser;
import org.tarikh.support.TestUsers;

@QuarkusTest
class SignUpInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aVisitorRegistersSignsInAndReachesTheHomePage() {
        String name = TestUsers.uniqueName("browser");
        try (Browser b = Browser.open()) {
            b.driver.get(base + "");
            b.screenshot("home-anonymous");
            b.driver.findElement(By.linkText("Create account")).click();
            b.waiting().until(ExpectedConditions.urlContains("/register"));
            b.driver.findElement(By.id("username")).sendKeys(name);
            b.driver.findElement(By.id("displayName")).sendKeys("Browser Learner");
            b.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            b.screenshot("register");
            b.driver.findElement(By.cssSelector("main form button[type=submit]")).click();

            b.waiting().until(ExpectedConditions.urlContains("/login"));
            assertTrue(b.driver.findElement(By.cssSelector(".flash")).getText().contains("Welcome"));
            b.driver.findElement(By.id("j_username")).sendKeys(name);
            WebElement password = b.driver.findElement(By.id("j_password"));
            password.sendKeys(TestUsers.PASSWORD);
            b.screenshot("login");
            password.sendKeys(Keys.ENTER); // keyboard only

            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome back"));
            assertEquals(base.getPath(), new java.net.URI(b.driver.getCurrentUrl()).getPath());
            assertTrue(b.driver.findElement(By.tagName("nav")).getText().contains("Browser Learner"), "the nav shows the display name");
            b.screenshot("home-signed-in");
            b.waiting().until(d -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                    org.tarikh.account.User.findByUsername(name).orElseThrow().timeZone) != null);
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHomePageFitsAPhoneScreen() {
        try (Browser b = Browser.phone()) {
            b.driver.get(base + "");
            long scrollWidth = (Long) b.driver.executeScript("return document.documentElement.scrollWidth");
            long clientWidth = (Long) b.driver.executeScript("return document.documentElement.clientWidth");
            assertTrue(scrollWidth <= clientWidth, "no sideways scrolling: " + scrollWidth + " > " + clientWidth);
            b.screenshot("home-phone");
        }
    }
}
