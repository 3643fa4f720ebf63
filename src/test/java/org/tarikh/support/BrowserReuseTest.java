package org.tarikh.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** The one Chromium the browser tests share comes back to each test as a new one would: signed out, one empty window. */
@QuarkusTest
class BrowserReuseTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theNextTestGetsTheSameBrowserSignedOutInOneFreshWindowOfItsSize() {
        String learner = TestUsers.learner("reuse");
        ChromeDriver used;
        try (Browser b = Browser.open()) {
            BrowserSession.signIn(b, base, learner);
            b.driver.executeScript("sessionStorage.setItem('left', 'behind'); window.open(arguments[0])", base + "login");
            assertEquals(2, b.driver.getWindowHandles().size());
            used = b.driver;
        }
        try (Browser b = Browser.phone()) {
            assertSame(used, b.driver, "the browser is started once and then reused");
            assertEquals(List.of(), b.driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies"));
            assertEquals(1, b.driver.getWindowHandles().size());
            assertEquals("about:blank", b.driver.getCurrentUrl());
            assertEquals(new Dimension(390, 844), b.driver.manage().window().getSize());
            b.driver.get(base + "");
            assertNull(b.driver.executeScript("return sessionStorage.getItem('left')"));
            assertEquals(1, b.driver.findElements(By.linkText("Create account")).size(),
                    "the home page is the visitor's: " + b.driver.findElement(By.tagName("body")).getText());
        }
    }
}
