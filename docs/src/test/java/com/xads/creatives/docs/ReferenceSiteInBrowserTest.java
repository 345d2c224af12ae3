package com.xads.creatives.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built site in headless Chromium (Debian's chromium and chromium-driver), opened from the file system with no
 * network: every operation has its section, one expands to show its example and rules, the console stays clean.
 */
class ReferenceSiteInBrowserTest {

    private static final Path SITE = Path.of("target/classes/docs-site").toAbsolutePath();
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static ChromeDriver browser;

    @BeforeAll
    static void open() {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "install Debian's chromium and chromium-driver (.ci/run does) or point -Dchromium.binary / -Dchromedriver.binary at them");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1400,1000", "--no-proxy-server");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static List<String[]> operations() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(SITE.resolve("openapi.json").toFile());
        List<String[]> ops = new ArrayList<>();
        contract.path("paths").forEach(item -> item.fields().forEachRemaining(e -> {
            if (e.getValue().has("operationId")) {
                ops.add(new String[]{e.getValue().path("tags").path(0).asText(), e.getValue().path("operationId").asText()});
            }
        }));
        return ops;
    }

    @Test
    void theReferenceShowsEveryOperationAndExpandsOne() throws Exception {
        browser.get(SITE.resolve("reference.html").toUri().toString());
        List<String[]> operations = operations();
        waiting().until(d -> d.findElements(By.cssSelector(".opblock")).size() >= operations.size());
        List<String> missing = new ArrayList<>();
        for (String[] op : operations) {
            String id = "operations-" + op[0].replace(' ', '_') + "-" + op[1];
            if (browser.findElements(By.id(id)).isEmpty()) {
                missing.add(op[1]);
            }
        }
        assertEquals(List.of(), missing, "operations without a section");
        assertEquals(54, operations.size());

        WebElement poll = browser.findElement(By.id("operations-Poll_Cards-createPollCard"));
        poll.findElement(By.cssSelector(".opblock-summary")).click();
        waiting().until(d -> poll.getText().contains("best coast poll"));
        assertTrue(poll.getText().contains("Rules"), "the rules are shown in words");
        assertTrue(poll.getText().contains("duration_in_minutes"), "the parameters are listed");
        assertTrue(poll.getText().contains("10080"), "the limits are shown");

        browser.executeScript("arguments[0].scrollIntoView()", poll);
        Path shot = Path.of("target/reference-site.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "a screenshot was saved");
        assertConsoleClean();
    }

    @Test
    void theGuideLinksIntoTheReference() throws Exception {
        browser.get(SITE.resolve("index.html").toUri().toString());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("does not declare"),
                "the conventions say that undeclared parameters are ignored");
        List<String> links = browser.findElements(By.cssSelector("a[href^='reference.html#/']")).stream()
                .map(a -> a.getAttribute("href")).toList();
        for (String[] op : operations()) {
            assertTrue(links.stream().anyMatch(l -> l.endsWith("/" + op[1])), "the guide links to " + op[1]);
        }
        browser.findElement(By.cssSelector("a[href$='/createMediaLibraryItem']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#operations-Media_Library-createMediaLibraryItem.is-open")).isEmpty());
        assertConsoleClean();
    }

    private static void assertConsoleClean() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }
}
