package jp.tomoni.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class: the shared test stack and one Chromium for the class, and the three screens the
 * pages are made for (a 360 px phone, a 1024 px tablet, a desk), in Japanese.
 */
abstract class ChromiumTest {
    static Chromium chromium;
    static Browser browser;

    @BeforeAll
    static void launchChromium() {
        TestStack.get();
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(360, 740)
                .setIsMobile(true).setHasTouch(true));
    }

    static BrowserContext tablet() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(1024, 768));
    }

    static BrowserContext desk() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(1280, 900));
    }
}
