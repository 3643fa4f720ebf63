package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tarikh.support.Browser;
import org.tarikh.support.BrowserSession;
import org.tarikh.support.TestBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class QuizInBrowserTest {

    private static final String BANK = """
            bank: %s
            title: "Browser quiz"
            description: "One question of several kinds."
            language: en
            questions:
              - id: service
                type: single
                topic: offices
                prompt: "Which service did Najibullah lead from 1980?"
                choices: ["KHAD", "Sarandoy", "KGB", "ISI"]
                answer: "KHAD"
                explanation: "He headed KHAD, the state security service."
                source: { section: "Early life and career" }
              - id: sequence
                type: order
                topic: dates
                prompt: "Put these in order, oldest first."
                items: ["Joined the PDPA", "Head of KHAD", "General Secretary"]
                explanation: "1965, 1980, 1986."
                source: { section: "Early life and career" }
              - id: holders
                type: match
                topic: people
                prompt: "Match each post to its holder."
                pairs:
                  - { left: "Head of KHAD (1980)", right: "Najibullah" }
                  - { left: "General Secretary before 1986", right: "Karmal" }
                  - { left: "Acting head of state (1986)", right: "Chamkani" }
                explanation: "Najibullah followed Karmal; Chamkani was acting head of state."
                source: { section: "Early life and career" }
              - id: accords
                type: cloze
                topic: events
                prompt: "Fill in the blanks."
                text: "The {{Geneva Accords}} were signed in {{1988}}."
                explanation: "They set the Soviet withdrawal."
                source: { section: "Soviet withdrawal" }
              - id: study
                type: text
                topic: people
                prompt: "Which subject did he study at Kabul University?"
                accept: ["Medicine"]
                explanation: "He trained as a doctor."
                source: { section: "Early life and career" }
            """;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLearnerTakesAPracticeQuizAndSeesFeedbackAfterEachAnswer() {
        String slug = TestBanks.load(BANK.formatted("browser-practice-" + System.nanoTime()));
        String learner = TestUsers.learner("practice");
        try (Browser b = Browser.open()) {
            BrowserSession.signIn(b, base, learner);
            b.driver.get(base + "banks/" + slug);
            b.driver.findElement(By.linkText("Take a quiz")).click();
            b.waiting().until(ExpectedConditions.urlContains("/quizzes/new"));
            b.screenshot("quiz-start");
            b.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            for (int n = 1; n <= 5; n++) {
                b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.answer-form")));
                answerSomething(b);
                if (n == 2) {
                    b.screenshot("quiz-question-order");
                }
                b.driver.findElement(By.cssSelector("form.answer-form button[type=submit]")).sendKeys(Keys.ENTER);
                WebElement feedback = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback")));
                assertTrue(feedback.getText().contains("Your answer"), feedback.getText());
                assertTrue(b.driver.findElement(By.cssSelector(".feedback a[href*='example.org']")).isDisplayed(),
                        "a link to the source section");
                if (n == 1) {
                    b.screenshot("quiz-practice-feedback");
                    assertEquals(List.of(), b.widerThanTheWindow(), "the page scrolls sideways on a desktop window");
                }
                if (n < 5) {
                    b.driver.findElement(By.id("next-question")).click();
                } else {
                    b.driver.findElement(By.id("see-results")).click();
                }
            }
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your results"));
            assertTrue(b.driver.findElements(By.cssSelector(".result-list > li")).size() == 5);
            b.screenshot("quiz-practice-results");
        }
    }

    @Test
    void aLearnerFinishesATimedExamAndReadsTheResults() {
        String slug = TestBanks.load(BANK.formatted("browser-exam-" + System.nanoTime()));
        String learner = TestUsers.learner("exam");
        try (Browser b = Browser.phone()) {
            BrowserSession.signIn(b, base, learner);
            b.driver.get(base + "quizzes/new?bank=" + slug);
            b.driver.findElement(By.cssSelector("input[name=mode][value=exam]")).sendKeys(Keys.SPACE);
            b.driver.findElement(By.id("timeLimitMinutes")).sendKeys("10");
            b.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            b.waiting().until(ExpectedConditions.textMatches(By.cssSelector(".countdown span"), java.util.regex.Pattern.compile("\\d+:\\d\\d")));
            b.screenshot("quiz-exam-question-phone");
            for (int n = 1; n <= 5; n++) {
                b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.answer-form")));
                answerSomething(b);
                b.driver.findElement(By.cssSelector("form.answer-form button[type=submit]")).click();
                if (n < 5) {
                    b.waiting().until(ExpectedConditions.urlContains("?q="));
                }
            }
            b.waiting().until(ExpectedConditions.elementToBeClickable(By.id("see-results"))).click();
            // An exam asks once more before its answers become final.
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Finish the exam?"));
            b.screenshot("quiz-exam-finish-phone");
            b.driver.findElement(By.id("confirm-finish")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your results"));
            assertTrue(b.driver.findElement(By.cssSelector(".score")).getText().contains("%"));
            b.screenshot("quiz-exam-results-phone");
        }
    }

    /** Gives some answer to whatever kind of question is showing, with the controls a learner would use. */
    private static void answerSomething(Browser b) {
        List<WebElement> radios = b.driver.findElements(By.cssSelector("form.answer-form input[type=radio]"));
        List<WebElement> downs = b.driver.findElements(By.cssSelector("form.answer-form .move-down"));
        List<WebElement> selects = b.driver.findElements(By.cssSelector("form.answer-form select"));
        List<WebElement> texts = b.driver.findElements(By.cssSelector("form.answer-form input[type=text]"));
        if (!radios.isEmpty()) {
            radios.get(0).sendKeys(Keys.SPACE);
        } else if (!downs.isEmpty()) {
            downs.get(0).sendKeys(Keys.ENTER);
        } else if (!selects.isEmpty()) {
            for (WebElement s : selects) {
                new Select(s).selectByIndex(1);
            }
        }
        for (WebElement t : texts) {
            t.sendKeys("Geneva Accords");
        }
    }
}
