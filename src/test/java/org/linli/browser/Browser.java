package org.linli.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One Playwright and one Chromium for the whole test run (the driver unpacks ~200 MB on every
 * create). Debian's Chromium is used where it exists; CI must have it, never skip.
 */
final class Browser {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    private Browser() {
    }

    static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            // Background jobs (imports) on a busy 2-core machine may take longer than the 5 s default.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
            playwright = Playwright.create();
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"));
            if (Files.isExecutable(DEBIAN_CHROMIUM)) {
                options.setExecutablePath(DEBIAN_CHROMIUM);
            } else if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI has no /usr/bin/chromium: .ci/run must install Debian's chromium");
            }
            chromium = playwright.chromium().launch(options);
        }
        return chromium;
    }

    /** Closes the browser once all tests are done (registered by {@link BrowserTests}). */
    static synchronized void closeAll() {
        if (playwright != null) {
            chromium.close();
            playwright.close();
            chromium = null;
            playwright = null;
        }
    }

    static Page desktop(String baseUrl) {
        return chromium().newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("zh-CN")
                .setViewportSize(1280, 860)).newPage();
    }

    /** The narrowest phone in common use (iPhone SE / mini class, 375 CSS pixels), issue #12. */
    static Page phone(String baseUrl) {
        return chromium().newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("zh-CN")
                .setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)).newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The screen as the user sees it, for a list that runs to tens of thousands of pixels on a phone. */
    static void screenshotView(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Opens a menu of the navigation bar and follows one of its links. */
    static void menu(Page page, String menu, String item) {
        // The dropdowns open by Bootstrap's script, which runs once the page has loaded.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(menu))
                .or(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName(menu).setExact(true)))
                .first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    /**
     * On a phone: opens the folded menu bar, then the menu, then its item, each by test id. Bootstrap
     * opens them once the page has loaded, and a menu is opened only once the bar has finished
     * unfolding.
     */
    static void phoneMenu(Page page, String menuTestId, String itemTestId) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("展开菜单")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#mainNav"))
                .hasClass(java.util.regex.Pattern.compile("(^|\\s)show(\\s|$)"));
        page.getByTestId(menuTestId).click();
        page.getByTestId(itemTestId).click();
    }

    /** A new browser context signed in as a demo account (all share the demo password). */
    static Page signIn(String baseUrl, String username, boolean phone) {
        Page page = phone ? phone(baseUrl) : desktop(baseUrl);
        page.navigate("/login");
        page.getByTestId("username").fill(username);
        page.getByTestId("password").fill("linli2026");
        page.getByTestId("sign-in").click();
        return page;
    }
}
