package org.tarikh.support;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in through the real sign-in page, for browser tests. */
public final class BrowserSession {

    private BrowserSession() {
    }

    public static void signIn(Browser b, URL base, String username) {
        b.driver.get(base + "login");
        b.driver.findElement(By.id("j_username")).sendKeys(username);
        b.driver.findElement(By.id("j_password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome back"));
    }
}
