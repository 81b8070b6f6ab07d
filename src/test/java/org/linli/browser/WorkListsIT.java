package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.linli.testing.WorkListFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The district administrator imports the assistance list from an Excel file (one row comes back
 * with its reason) and publishes it from today; anyone reads it on the public page without signing
 * in; a community worker finds the certificate a resident asks for and prints the refusal notice.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class WorkListsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Test
    void importsPublishesShowsInPublicAndPrintsARefusalNotice() throws IOException {
        String base = "http://localhost:" + port;
        Path file = Files.createTempFile("assistance", ".xlsx");
        Files.write(file, WorkListFixtures.sheet(WorkListFixtures.HEADER,
                new String[] {"1", "征兵工作协助", "兵役登记和宣传动员", "《中华人民共和国兵役法》", "区人民武装部", "征兵、兵役登记"},
                new String[] {"2", "人口普查协助", "普查入户登记", "《全国人口普查条例》", "区统计局", "人口普查"},
                new String[] {"3", "没有依据的事项", "", "", "某部门", ""}));

        Page admin = Browser.signIn(base, "admin", false);
        try {
            assertThat(admin.getByTestId("home-title")).isVisible();
            Browser.menu(admin, "减负增效", "四张清单");
            assertThat(admin.getByTestId("list-card")).hasCount(4);
            admin.locator("[data-testid=list-card][data-kind=assistance]").getByTestId("list-link").click();
            admin.getByTestId("import-file").setInputFiles(file);
            admin.getByTestId("import").click();
            assertThat(admin.getByTestId("import-result")).hasAttribute("data-imported", "2");
            assertThat(admin.getByTestId("import-problem")).hasAttribute("data-line", "4");
            assertThat(admin.getByTestId("draft-entry")).hasCount(2);
            Browser.screenshot(admin, "160-worklists-import");

            admin.getByTestId("publish-from").fill(clock.today().toString());
            admin.getByTestId("publish").click();
            assertThat(admin.getByTestId("saved")).isVisible();
            assertThat(admin.getByTestId("entry")).hasCount(2);
            Browser.screenshot(admin, "161-worklists-published");
        } finally {
            admin.context().close();
        }

        Page visitor = Browser.desktop(base);
        try {
            visitor.navigate("/public/worklists/150104");
            var assistance = visitor.locator("[data-testid=public-list][data-kind=assistance]");
            assertThat(assistance.getByTestId("public-entry")).hasCount(2);
            assertThat(assistance.locator("[data-testid=public-entry][data-title=征兵工作协助]")).isVisible();
            assertThat(assistance.getByTestId("public-effective")).containsText(clock.today().toString());
            assertThat(visitor.locator("[data-testid=public-list][data-kind=certificate]").getByTestId("public-entry")).hasCount(33);
            Browser.screenshot(visitor, "162-worklists-public");
        } finally {
            visitor.context().close();
        }

        Page worker = Browser.signIn(base, "worker", false);
        try {
            assertThat(worker.getByTestId("home-title")).isVisible();
            Browser.menu(worker, "减负增效", "不予出具证明");
            worker.getByTestId("certificate-q").fill("居民要开无犯罪证明");
            worker.getByTestId("certificate-search").click();
            var found = worker.locator("[data-testid=certificate-result][data-title=无犯罪记录证明]");
            assertThat(found).isVisible();
            Browser.screenshot(worker, "163-certificate-search");
            found.getByTestId("certificate-choose").click();
            worker.getByTestId("certificate-department-text").fill("某商业银行");
            worker.getByTestId("certificate-resident").fill("王小红");
            worker.getByTestId("certificate-record").click();
            assertThat(worker.getByTestId("certificate-notice")).hasAttribute("data-title", "无犯罪记录证明");
            assertThat(worker.getByTestId("notice-authority")).containsText("公安机关");
            assertThat(worker.getByTestId("notice-resident")).hasText("王小红");
            Browser.screenshot(worker, "164-certificate-notice");
            worker.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(worker.locator("nav.navbar")).isHidden();
            Browser.screenshot(worker, "165-certificate-notice-print");
        } finally {
            worker.context().close();
        }
    }
}
