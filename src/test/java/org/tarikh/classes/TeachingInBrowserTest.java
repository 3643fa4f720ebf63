package org.tarikh.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tarikh.support.Browser;
import org.tarikh.support.BrowserSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** The whole teaching loop in a real browser: author a bank, set it to a class, a learner does it, the report shows it. */
@QuarkusTest
class TeachingInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aTeacherAuthorsAssignsAndReadsTheReportOfALearnersQuiz() {
        String teacher = TestUsers.teacher("browser-teacher");
        String learner = TestUsers.learner("browser-learner");
        String slug = TestUsers.uniqueName("browser-bank");
        String code;
        try (Browser t = Browser.open()) {
            BrowserSession.signIn(t, base, teacher);
            createBank(t, slug);
            addSingleChoice(t, slug);
            addOrder(t, slug);
            importGift(t, slug);
            code = createClassAndAssign(t, slug);
        }
        try (Browser l = Browser.phone()) {
            BrowserSession.signIn(l, base, learner);
            joinAndTakeTheQuiz(l, code);
        }
        try (Browser t = Browser.open()) {
            BrowserSession.signIn(t, base, teacher);
            t.driver.get(base + "classes");
            t.driver.findElement(By.partialLinkText("Browser class")).click();
            t.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.assignment"), "1 of 1 done"));
            t.screenshot("teach-class");
            t.driver.findElement(By.linkText("Report")).click();
            WebElement students = t.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.report-students")));
            assertTrue(students.getText().contains(learner), students.getText());
            List<WebElement> items = t.driver.findElements(By.cssSelector("table.report-items tbody tr"));
            assertEquals(4, items.size(), "every question was answered");
            assertTrue(t.driver.findElement(By.id("item-khad-service")).getText().contains("KHAD ✓: 1"));
            t.screenshot("teach-report");
            t.driver.findElement(By.linkText(learner)).click();
            WebElement attempt = t.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.student-attempt")));
            attempt.findElement(By.tagName("summary")).click();
            assertTrue(attempt.getText().contains("Which service did Najibullah lead from 1980?"), attempt.getText());
            t.screenshot("teach-report-student");
        }
    }

    @Test
    void onAWideScreenThePreviewStandsBesideTheFieldsAndNeverMovesSave() {
        String teacher = TestUsers.teacher("browser-preview");
        String slug = TeacherBanks.create(teacher, "browser-preview");
        try (Browser b = Browser.open()) {
            BrowserSession.signIn(b, base, teacher);
            b.driver.get(base + "teach/banks/" + slug + "/new?type=single");
            b.driver.findElement(By.id("topic")).sendKeys("offices");
            b.driver.findElement(By.id("prompt")).sendKeys("Which service did Najibullah lead from 1980?");
            rows(b).get(0).sendKeys("KHAD");
            rows(b).get(1).sendKeys("KAM");
            b.driver.findElement(By.id("right-0")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Answer: KHAD"));
            WebElement save = b.driver.findElement(By.cssSelector("button.save"));
            WebElement preview = b.driver.findElement(By.id("preview"));
            assertTrue(preview.getRect().getX() > save.getRect().getX() + save.getRect().getWidth(),
                    "the preview stands to the right of the fields and Save");
            int saveBefore = save.getRect().getY();
            int previewBefore = preview.getRect().getHeight();
            b.driver.findElement(By.id("explanation")).sendKeys("He was made head of KHAD, the security service, in 1980. "
                    + "The service grew under him from a few hundred officers to tens of thousands, and it answered to "
                    + "Soviet advisers as much as to the party. Six years later he left it to lead the party itself.");
            previewShows(b, "lead the party itself.");
            assertTrue(preview.getRect().getHeight() > previewBefore + 40, "the explanation made the preview taller");
            assertEquals(saveBefore, save.getRect().getY(), "Save stays where it was while the preview grows");
            b.screenshot("teach-editor-wide");
            save.click();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[id^='q-']")));
        }
    }

    private void createBank(Browser b, String slug) {
        b.driver.get(base + "teach");
        b.driver.findElement(By.id("title")).sendKeys("Najibullah for Year 10");
        b.driver.findElement(By.id("slug")).sendKeys(slug);
        b.screenshot("teach-dashboard");
        b.driver.findElement(By.id("slug")).sendKeys(Keys.ENTER);
        b.waiting().until(ExpectedConditions.urlContains("/teach/banks/" + slug));
    }

    private void addSingleChoice(Browser b, String slug) {
        new Select(b.driver.findElement(By.id("type"))).selectByValue("single");
        b.driver.findElement(By.cssSelector("form.add-question button")).click();
        b.waiting().until(ExpectedConditions.urlContains("/new?type=single"));
        b.driver.findElement(By.id("id")).sendKeys("khad-service");
        b.driver.findElement(By.id("topic")).sendKeys("offices");
        b.driver.findElement(By.id("prompt")).sendKeys("Which service did Najibullah lead from 1980?");
        List<WebElement> rows = rows(b);
        assertEquals(4, rows.size(), "a new single-choice question starts with four choices");
        rows.get(0).sendKeys("KHAD");
        rows.get(1).sendKeys("KAM");
        rows.get(2).sendKeys("Sarandoy");
        // the fourth is not needed: remove it (htmx swaps the editor, keeping what was typed)
        b.driver.findElement(By.cssSelector("button[value='remove-row-3']")).click();
        settled(b).until(d -> rows(b).size() == 3);
        assertEquals("Sarandoy", rows(b).get(2).getAttribute("value"));
        b.driver.findElement(By.id("right-0")).click();
        b.driver.findElement(By.id("explanation")).sendKeys("He was made head of KHAD, the security service, in 1980.");
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Answer: KHAD"));
        previewShows(b, "in 1980.");
        b.screenshot("teach-editor-single");
        b.driver.findElement(By.cssSelector("button.save")).click();
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q-khad-service")));
    }

    private void addOrder(Browser b, String slug) {
        new Select(b.driver.findElement(By.id("type"))).selectByValue("order");
        b.driver.findElement(By.cssSelector("form.add-question button")).click();
        b.waiting().until(ExpectedConditions.urlContains("/new?type=order"));
        b.driver.findElement(By.id("id")).sendKeys("career-order");
        b.driver.findElement(By.id("topic")).sendKeys("dates");
        b.driver.findElement(By.id("prompt")).sendKeys("Put these steps of his career in order, earliest first.");
        List<WebElement> rows = rows(b);
        rows.get(0).sendKeys("Head of KHAD");
        rows.get(1).sendKeys("Joined the PDPA");
        rows.get(2).sendKeys("General Secretary");
        // the first two are the wrong way round: move the second up, with the keyboard
        b.driver.findElement(By.cssSelector("button[value='up-row-1']")).sendKeys(Keys.ENTER);
        settled(b).until(d -> "Joined the PDPA".equals(rows(b).get(0).getAttribute("value")));
        b.driver.findElement(By.cssSelector("button[value='add-row']")).click();
        settled(b).until(d -> rows(b).size() == 4);
        rows(b).get(3).sendKeys("President of Afghanistan");
        b.driver.findElement(By.id("explanation")).sendKeys("1965, 1980, 1986, 1987.");
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "President of Afghanistan"));
        previewShows(b, "1986, 1987.");
        b.screenshot("teach-editor-order");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "the editor fits the window");
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('.answer-editor').scrollIntoView()");
        b.screenshot("teach-editor-order-phone");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "the editor fits a phone");
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        // Once the page has laid itself out again at the wider size: a click during the relayout can miss the button.
        b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.save"))).click();
        WebElement row = b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q-career-order")));
        assertTrue(row.getText().contains("Put these steps"));
        b.screenshot("teach-bank");
    }

    private void importGift(Browser b, String slug) {
        b.driver.findElement(By.linkText("Import a file")).click();
        b.waiting().until(ExpectedConditions.urlContains("/import"));
        b.driver.findElement(By.cssSelector("input[name=format][value=gift]")).click();
        b.driver.findElement(By.id("text")).sendKeys(
                "$CATEGORY: people\n::doctor:: Najibullah trained as a doctor. {T ####He studied medicine in Kabul.}\n\n"
                        + "::party:: Which party did he join in 1965? {=The PDPA ~The Afghan Millat ~The Grand Assembly}\n");
        b.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement preview = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("table")));
        assertTrue(preview.getText().contains("doctor") && preview.getText().contains("party"), preview.getText());
        b.screenshot("teach-import-preview");
        b.driver.findElement(By.cssSelector("form[action$='/import/confirm'] button[type=submit]")).click();
        WebElement row = b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q-party")));
        assertTrue(row.getText().contains("Which party"), row.getText());
    }

    private String createClassAndAssign(Browser b, String slug) {
        b.driver.get(base + "classes");
        b.driver.findElement(By.id("name")).sendKeys("Browser class", Keys.ENTER);
        WebElement code = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".join-code.big")));
        new Select(b.driver.findElement(By.id("bank"))).selectByValue(slug);
        b.driver.findElement(By.id("count")).sendKeys("5");
        WebElement due = b.driver.findElement(By.id("dueAt"));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = '2030-06-01T09:00'", due);
        b.driver.findElement(By.cssSelector("form[action$='/assignments'] button[type=submit]")).click();
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.assignment"), "0 of 0 done"));
        return b.driver.findElement(By.cssSelector(".join-code.big")).getText();
    }

    private void joinAndTakeTheQuiz(Browser b, String code) {
        b.driver.get(base + "classes");
        b.driver.findElement(By.id("joinCode")).sendKeys(code.toLowerCase(), Keys.ENTER);
        WebElement card = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assignment-card")));
        assertTrue(card.getText().contains("To do"), card.getText());
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView()", card);
        b.screenshot("learner-home-assignment-phone");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        for (int n = 1; n <= 10; n++) {
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.answer-form")));
            for (WebElement label : b.driver.findElements(By.cssSelector("form.answer-form label"))) {
                if (label.getText().equals("KHAD") || label.getText().equals("True") || label.getText().equals("The PDPA")) {
                    label.click();
                }
            }
            b.driver.findElement(By.cssSelector("form.answer-form button[type=submit]")).click();
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback")));
            List<WebElement> results = b.driver.findElements(By.id("see-results"));
            if (!results.isEmpty()) {
                results.get(0).click();
                break;
            }
            b.driver.findElement(By.id("next-question")).click();
        }
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your results"));
        b.driver.get(base.toString());
        WebElement card2 = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".assignment-card")));
        assertTrue(card2.getText().contains("Done"), card2.getText());
    }

    /** A wait that looks again when htmx has just swapped the editor under it. */
    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> settled(Browser b) {
        return b.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Waits for the preview of the last thing typed (the explanation, sent 400 ms after the last keystroke), so that a
     * screenshot shows it; on a narrow window, where Save is below the preview, a late preview could also move Save
     * from under a click.
     */
    private static void previewShows(Browser b, String endOfExplanation) {
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), endOfExplanation));
    }

    private static List<WebElement> rows(Browser b) {
        return b.driver.findElements(By.cssSelector("#editor input[name=row]"));
    }
}
