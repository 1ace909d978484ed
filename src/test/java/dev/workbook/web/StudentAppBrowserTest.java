package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.Browser;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Chapter 15's app as a person uses it, in headless Chromium: the index, creating a student through the form, an
 * invalid form with its field errors, editing, deleting; the database is checked after each step and a screenshot
 * of each step lands in target/screenshots.
 */
class StudentAppBrowserTest {
    static ChapterApp app;

    @BeforeAll
    static void startChapterApp() {
        app = ChapterApp.of("15", "students");
    }

    @Test
    @DisplayName("a person lists, creates, mistypes, edits and deletes a student in a real browser; the rows follow each step")
    void clickThrough() {
        String email = "katherine-" + System.nanoTime() + "@example.com";
        try (Browser browser = Browser.start()) {
            browser.open(app.url("/students"));
            assertThat(browser.driver().getTitle()).isEqualTo("Students · workbook");
            assertThat(browser.visibleText()).contains("Students", "Sammy Shark", "Carl White");
            browser.screenshot("web-15-1-index");

            browser.find(By.linkText("Add a student")).click();
            fill(browser, "firstname", "Katherine");
            fill(browser, "lastname", "Johnson");
            fill(browser, "email", email);
            fill(browser, "age", "101");
            fill(browser, "bio", "Orbital mechanics");
            browser.screenshot("web-15-2-create-form");
            browser.find(By.id("save")).click();
            browser.waitFor(Duration.ofSeconds(10), d -> d.getCurrentUrl().matches(".*/students/\\d+$"));
            String id = browser.driver().getCurrentUrl().replaceAll(".*/students/", "");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Katherine Johnson");
            assertThat(app.one("SELECT id, firstname, lastname, age, bio FROM student WHERE email = '" + email + "'"))
                    .isEqualTo(id + " | Katherine | Johnson | 101 | Orbital mechanics");
            browser.screenshot("web-15-3-created");

            String count = app.one("SELECT COUNT(*) FROM student");
            browser.find(By.linkText("Add a student")).click();
            fill(browser, "firstname", "");
            fill(browser, "lastname", "Nobody");
            fill(browser, "email", "not-an-email");
            fill(browser, "age", "old");
            browser.find(By.id("save")).click();
            browser.waitFor(Duration.ofSeconds(10), d -> !d.findElements(By.className("error")).isEmpty());
            assertThat(browser.find(By.id("firstname-error")).getText()).isEqualTo("First name is required");
            assertThat(browser.find(By.id("email-error")).getText()).isEqualTo("Email: not an email address");
            assertThat(browser.find(By.id("age-error")).getText()).isEqualTo("Age: a whole number, or nothing");
            assertThat(browser.find(By.id("lastname")).getAttribute("value")).as("typed values are kept").isEqualTo("Nobody");
            assertThat(app.one("SELECT COUNT(*) FROM student")).as("nothing saved").isEqualTo(count);
            browser.screenshot("web-15-4-field-errors");

            browser.open(app.url("/students/" + id));
            browser.find(By.id("edit")).click();
            assertThat(browser.find(By.id("firstname")).getAttribute("value")).as("pre-filled").isEqualTo("Katherine");
            assertThat(browser.find(By.id("age")).getAttribute("value")).isEqualTo("101");
            fill(browser, "bio", "NASA mathematician");
            browser.screenshot("web-15-5-edit-form");
            browser.find(By.id("save")).click();
            browser.waitFor(Duration.ofSeconds(10), d -> d.getCurrentUrl().endsWith("/students/" + id));
            assertThat(browser.find(By.id("bio")).getText()).isEqualTo("NASA mathematician");
            assertThat(app.one("SELECT bio FROM student WHERE id = " + id)).isEqualTo("NASA mathematician");
            browser.screenshot("web-15-6-edited");

            browser.find(By.id("delete")).click();
            browser.waitFor(Duration.ofSeconds(10), d -> d.getCurrentUrl().endsWith("/students"));
            assertThat(browser.visibleText()).doesNotContain("Katherine Johnson");
            assertThat(app.one("SELECT COUNT(*) FROM student WHERE id = " + id)).isEqualTo("0");
            browser.screenshot("web-15-7-deleted");
        }
    }

    private static void fill(Browser browser, String field, String value) {
        WebElement input = browser.find(By.id(field));
        input.clear();
        input.sendKeys(value);
    }
}
