package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.registry.internal.Vault;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A community worker finds a resident, opens the household, reveals the ID number and fixes the phone. */
@LinliTest
@ExtendWith(BrowserTests.class)
class RegistryIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vault vault;

    Page page;

    @BeforeEach
    void signIn() {
        page = Browser.signIn("http://localhost:" + port, "worker", false);
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void importsResidentsAndReturnsTheBadRows() {
        String good = RegistryFixtures.idNumber(LocalDate.of(1988, 8, 8), 555);
        String bad = RegistryFixtures.withWrongCheck(RegistryFixtures.idNumber(LocalDate.of(1988, 8, 8), 556));
        String csv = "姓名,身份证号,手机号,民族,户籍,与户主关系,户主身份证号,楼栋编码,单元,户室\n"
                + "周新来," + good + ",13712345678,汉族,流动人口,户主," + good + ",150104001002001001001,1,8801\n"
                + "吴有误," + bad + ",,汉族,流动人口,户主," + bad + ",150104001002001001001,1,8802\n";
        page.navigate("/residents");
        page.getByTestId("import-residents").click();
        assertThat(page.getByTestId("template")).isVisible();
        page.getByTestId("file").setInputFiles(new FilePayload("居民.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Browser.screenshot(page, "25-resident-import-form");
        page.getByTestId("start-import").click();
        assertThat(page.getByTestId("import-result")).isVisible();
        assertThat(page.getByTestId("created")).hasText("1");
        assertThat(page.getByTestId("rejected")).hasText("1");
        // the third line: its ID number's check character is wrong (the text itself is checked in ResidentImportTest)
        assertThat(page.locator("[data-testid=problem][data-line='3'][data-column='身份证号']")).hasCount(1);
        assertThat(page.getByTestId("bad-rows")).isVisible();
        Browser.screenshot(page, "26-resident-import-result");
    }

    @Test
    void searchRevealAndCorrectAPhoneNumber() {
        record Person(long id, String name, String idNumber) {
        }
        Person person = jdbc.sql("""
                        SELECT id, name, id_cipher FROM resident
                        WHERE division_path LIKE :p || '%' AND relation = 'SPOUSE'
                        ORDER BY id LIMIT 1""")
                .param("p", RegistryFixtures.OWN_COMMITTEE)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), vault.decrypt(rs.getBytes(3))))
                .single();
        String masked = person.idNumber().substring(0, 6) + "***********" + person.idNumber().substring(17);

        page.navigate("/residents");
        page.getByTestId("resident-query").fill(person.name());
        page.getByTestId("search").click();
        assertThat(page.getByTestId("result-summary")).hasAttribute("data-kind", "NAME");
        assertThat(page.getByTestId("residents")).containsText(masked);
        assertThat(page.getByTestId("residents")).not().containsText(person.idNumber());
        Browser.screenshot(page, "20-resident-search");

        page.locator("[data-testid=residents] a[href='/residents/" + person.id() + "']").click();
        assertThat(page.getByTestId("resident-name")).hasText(person.name());
        page.getByTestId("household-link").click();
        assertThat(page.getByTestId("household-title")).hasAttribute("data-members", java.util.regex.Pattern.compile("[1-9][0-9]*"));
        assertThat(page.locator("[data-testid=members] [data-testid=member][data-relation=HEAD]")).hasCount(1);
        Browser.screenshot(page, "21-household");

        page.locator("[data-testid=members] [data-testid=member][data-id='" + person.id() + "'] a").click();
        assertThat(page.getByTestId("id-number")).hasText(masked);
        page.getByTestId("reveal-id").click();
        assertThat(page.getByTestId("revealed")).hasText(person.idNumber());
        Browser.screenshot(page, "22-resident-revealed");

        page.getByTestId("phone-input").fill("139123456");
        page.getByTestId("save-phone").click();
        assertThat(page.getByTestId("phone-error")).isVisible();
        assertThat(page.getByTestId("phone-input")).hasValue("139123456");
        Browser.screenshot(page, "23-phone-error");

        page.getByTestId("phone-input").fill("13912345678");
        page.getByTestId("save-phone").click();
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.getByTestId("phone")).hasText("139****5678");
        assertThat(page.getByTestId("history")).containsText("139****5678");
        assertThat(page.locator("[data-testid=history] [data-testid=change][data-actor=worker]").first()).isVisible();
        Browser.screenshot(page, "24-phone-saved-history");
    }
}
