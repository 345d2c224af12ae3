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

import com.sun.net.httpserver.HttpServer;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    /** Serves the site under /docs/ as a sandbox does, and records what "Try it out" sends to /12. */
    private static HttpServer server;
    private static final List<String> SENT = new CopyOnWriteArrayList<>();

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

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/docs/", exchange -> {
            Path file = SITE.resolve(exchange.getRequestURI().getPath().substring("/docs/".length()));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/12/", exchange -> {
            SENT.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "{\"data\": {\"id\": \"57i8t\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServing() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String served(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/docs/" + page;
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

    @Test
    void servedBySandboxTryItOutSendsToThatSandbox() throws InterruptedException {
        browser.get(served("reference.html#/Poll%20Cards/getPollCard"));
        WebElement get = waiting().until(d -> d.findElement(By.cssSelector("#operations-Poll_Cards-getPollCard.is-open")));
        assertTrue(browser.findElement(By.cssSelector(".servers select")).getText().startsWith(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/12"), "the server list starts with the sandbox");
        // clicked by script: the page still scrolls to the deep link, and a click by position can land elsewhere
        browser.executeScript("arguments[0].click()", get.findElement(By.cssSelector(".try-out__btn")));
        waiting().until(d -> !get.findElements(By.cssSelector(".execute")).isEmpty());
        for (WebElement input : get.findElements(By.cssSelector(".parameters input[type=text]"))) {
            String name = input.getAttribute("placeholder");
            if (name.equals("account_id") || name.equals("card_id")) {
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                waiting().until(d -> input.isEnabled() && input.isDisplayed());
                input.clear();
                input.sendKeys(name.equals("account_id") ? "18ce54d4x5t" : "57i8t");
            }
        }
        // Swagger UI takes a parameter's value from its input after a debounce of a few hundred milliseconds
        Thread.sleep(1000);
        browser.executeScript("arguments[0].click()", get.findElement(By.cssSelector(".execute")));
        waiting().until(d -> !SENT.isEmpty());
        assertTrue(SENT.get(0).matches("GET /12/accounts/[0-9a-z]+/cards/poll/[0-9a-z]+(\\?.*)?"), SENT.toString());
        waiting().until(d -> get.getText().contains("\"57i8t\"") && get.getText().contains("200"));
    }

    @Test
    void theFilterFindsAnOperationByName() {
        browser.get(served("reference.html"));
        WebElement filter = waiting().until(d -> d.findElement(By.cssSelector("input.operation-filter-input")));
        filter.sendKeys("fetchcards");
        waiting().until(d -> d.findElements(By.cssSelector(".opblock")).size() == 1);
        assertTrue(browser.findElement(By.cssSelector(".opblock")).getText().contains("fetchCards"));
    }

    @Test
    void fromTheFileSystemTryItOutStaysOff() {
        browser.get(SITE.resolve("reference.html").toUri() + "#/Poll%20Cards/getPollCard");
        WebElement get = waiting().until(d -> d.findElement(By.cssSelector("#operations-Poll_Cards-getPollCard.is-open")));
        waiting().until(d -> get.getText().contains("card_id"));
        assertTrue(get.findElements(By.cssSelector(".try-out__btn")).isEmpty());
        assertConsoleClean();
    }

    @Test
    void documentedRequestsArePercentEncodedForCurl() throws IOException {
        String text = Files.readString(SITE.resolve("reference-spec.js"));
        assertTrue(text.contains("first_cta=%23moon"), "the documented request with a hashtag is there, encoded");
        assertTrue(!java.util.regex.Pattern.compile("`(GET|POST|PUT|DELETE) /[^`]*#").matcher(text).find(),
                "a # in a documented request would end the URL in curl");
    }

    private static void assertConsoleClean() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }
}
