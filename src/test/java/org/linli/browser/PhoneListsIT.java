package org.linli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #12, item 5: lists are readable on a 375-pixel phone. On every list the issue names, no
 * cell breaks its first two characters onto two lines (a name one character per line), the first
 * column of the first row is at least two characters wide, and the page itself does not scroll
 * sideways (a wide table scrolls by itself).
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class PhoneListsIT {

    /** Cells whose first two characters are not on one line, and whether the page scrolls sideways. */
    private static final String WRAPPED_CELLS = """
            () => {
              const broken = [];
              for (const cell of document.querySelectorAll('main table td, main table th')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode()) && node.textContent.trim().length < 2) {}
                if (!node || cell.offsetParent === null) continue;
                const start = node.textContent.search(/\\S/);
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + 2);
                const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(node.textContent.trim().slice(0, 12));
              }
              if (document.documentElement.scrollWidth > window.innerWidth + 1) broken.push('page scrolls sideways');
              return broken;
            }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Test
    void theWorkersListsAreReadableOnAPhone() throws Exception {
        DeliberationFixtures fixtures = new DeliberationFixtures(context);
        long topic = fixtures.atResolution("worker", "手机上看会议记录");
        long meeting = fixtures.convene("worker", "RESIDENTS_MEETING", "HOUSEHOLDS", clock.today(), topic);
        long household = jdbc.sql("""
                        SELECT r.household_id FROM resident r
                         WHERE r.division_path LIKE (SELECT division_path FROM account WHERE username = 'worker') || '%'
                         GROUP BY r.household_id HAVING count(*) >= 3 ORDER BY r.household_id LIMIT 1""")
                .query(Long.class).single();
        Page page = Browser.signIn("http://localhost:" + port, "worker", true);
        try {
            for (String path : List.of("/residents", "/cases", "/households/" + household, "/meetings/" + meeting + "/minutes")) {
                readable(page, path);
            }
        } finally {
            page.context().close();
        }
    }

    @Test
    void theAdministratorsListsAreReadableOnAPhone() {
        Page page = Browser.signIn("http://localhost:" + port, "admin", true);
        try {
            for (String path : List.of("/accounts", "/audit")) {
                readable(page, path);
            }
        } finally {
            page.context().close();
        }
    }

    private void readable(Page page, String path) {
        page.navigate(path);
        assertThat(page.viewportSize().width).isEqualTo(375);
        Locator firstCell = page.locator("main table tbody tr td").first();
        assertThat(firstCell.count()).as(path + " has a list").isPositive();
        BoundingBox box = firstCell.boundingBox();
        double fontSize = Double.parseDouble(((String) firstCell.evaluate("c => getComputedStyle(c).fontSize")).replace("px", ""));
        assertThat(box.width).as(path + ": first cell at least two characters wide").isGreaterThanOrEqualTo(2 * fontSize);
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) page.evaluate(WRAPPED_CELLS);
        assertThat(broken).as(path + ": cells wrapped inside their first two characters").isEmpty();
        Browser.screenshot(page, "phone-375" + path.replaceAll("[^a-z0-9]+", "-"));
    }
}
