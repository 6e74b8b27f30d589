package cn.chainscout.browser;

import java.time.Duration;

import cn.chainscout.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a browser in through the real sign-in page: one line at the start of a browser test. */
public final class BrowserLogin {

    public static void signIn(WebDriver browser, int port, TestUser user) {
        browser.get("http://localhost:" + port + "/login");
        typeInto(browser, "username", user.username());
        WebElement password = typeInto(browser, "password", user.password());
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
    }

    /** The login form's input of that name (Vaadin keeps it inside the text field). */
    static WebElement typeInto(WebDriver browser, String name, String text) {
        WebElement input = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript("return document.querySelector('vaadin-login-form input[name=\"" + name + "\"]')"));
        input.clear();
        input.sendKeys(text);
        return input;
    }

    private BrowserLogin() {
    }
}
