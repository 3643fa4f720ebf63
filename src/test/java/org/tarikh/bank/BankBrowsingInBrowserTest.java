package org.tarikh.bank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tarikh.support.Browser;

@QuarkusTest
class BankBrowsingInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aVisitorOpensTheBankListAndThenABank() {
        try (Browser b = Browser.open()) {
            b.driver.get(base + "banks");
            assertTrue(b.driver.findElement(By.tagName("h1")).getText().contains("Question banks"));
            b.screenshot("bank-list");
            b.driver.findElement(By.linkText("Najibullah: offices and posts")).click();
            b.waiting().until(ExpectedConditions.urlContains("/banks/najibullah-offices"));
            assertTrue(b.driver.findElement(By.tagName("main")).getText().contains("Topics"));
            b.screenshot("bank-page");
        }
        try (Browser b = Browser.phone()) {
            b.driver.get(base + "banks/najibullah-dates");
            b.screenshot("bank-page-phone");
        }
    }
}
