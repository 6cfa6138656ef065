package io.pcmops.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.testing.Browsers;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

class BrowserRunTest extends ServerTestBase {

    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void launchRun_onLocalProvider_finishesLiveAndShowsOutput() throws Exception {
        browser = Browsers.start(1280, 900);
        signIn("operator", TestApp.OPERATOR_PASSWORD);

        browser.get(base() + "/runs/new");
        new Select(browser.findElement(By.id("provider"))).selectByValue("local");
        browser.findElement(By.id("body")).sendKeys("echo hello-from-the-browser\nsleep 3\necho done");
        click(By.id("preview"));
        waitFor(d -> d.findElement(By.id("blast-radius")).isDisplayed());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("1 target");
        click(By.id("confirm-run"));

        waitFor(d -> d.getCurrentUrl().contains("/runs/r-"));
        ((JavascriptExecutor) browser).executeScript("window.pcmopsNoReload = true;");
        assertThat(text("run-status")).isNotEqualTo("SUCCEEDED");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> text("run-status").equals("SUCCEEDED"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pcmopsNoReload === true;"))
                .as("the status changed live, without a reload").isEqualTo(true);
        waitFor(d -> text("invocations").contains("SUCCESS"));
        waitFor(d -> text("groups").contains("hello-from-the-browser"));
        screenshot("run-page-1280");

        click(By.cssSelector("#invocations a.target-link"));
        waitFor(d -> d.findElement(By.id("stdout")).isDisplayed());
        assertThat(browser.findElement(By.id("stdout")).getText()).contains("hello-from-the-browser", "done");
        assertThat(browser.findElement(By.id("output-exit")).getText()).isEqualTo("0");

        click(By.id("logout"));
        waitFor(d -> d.getCurrentUrl().endsWith("/login"));
        browser.get(base() + "/runs");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void pages_atPhoneWidthAndDarkTheme_fitWithoutHorizontalScroll() throws Exception {
        browser = Browsers.start(1280, 900);
        signIn("admin", TestApp.ADMIN_PASSWORD);
        browser.findElement(By.id("theme-toggle")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-bs-theme")).isEqualTo("dark");
        app().library().changes().save(new Change("CHG-B", "Browser check", null, "stub", List.of(new ChangeTarget(
                "stub-000001", "111122223333", "us-east-1", "linux", "web-1")), null, null, null));
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/", "/runs", "/runs/new", "/targets?provider=stub", "/scripts", "/audit",
                "/users", "/tokens", "/credentials", "/accounts", "/providers", "/changes", "/changes/CHG-B",
                "/runs/new?change=CHG-B")) {
            browser.get(base() + page);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("data-bs-theme")).isEqualTo("dark");
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + page).isLessThanOrEqualTo(0);
            screenshot("390-dark" + page.replaceAll("[^a-z]+", "-"));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (String page : List.of("/", "/targets?provider=stub", "/audit", "/credentials")) {
            browser.get(base() + page);
            screenshot("1280-dark" + page.replaceAll("[^a-z]+", "-"));
        }
        assertThat(cspViolations()).isEmpty();
    }

    private void signIn(String user, String password) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    private String base() {
        return "http://127.0.0.1:" + port();
    }

    private void click(By locator) throws Exception {
        var element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (RuntimeException e) {
            screenshot("failed-click");
            throw e;
        }
    }

    private String text(String id) {
        Object value = ((JavascriptExecutor) browser).executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : '';", id);
        return String.valueOf(value);
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    private void screenshot(String name) throws Exception {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
