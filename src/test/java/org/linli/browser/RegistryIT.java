package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.registry.internal.Vault;
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
        page = Browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("用户名").fill("worker");
        page.getByLabel("密码").fill("linli2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void importsResidentsAndReturnsTheBadRows() {
        String first17 = "11010519880808" + "555";
        String good = first17 + org.linli.shared.IdNumber.checkCharacter(first17);
        String csv = "姓名,身份证号,手机号,民族,户籍,与户主关系,户主身份证号,楼栋编码,单元,户室\n"
                + "周新来," + good + ",13712345678,汉族,流动人口,户主," + good + ",150104001002001001001,1,8801\n"
                + "吴有误,11010519880808556X,,汉族,流动人口,户主,11010519880808556X,150104001002001001001,1,8802\n";
        page.navigate("/residents");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导入居民")).click();
        assertThat(page.getByTestId("template")).isVisible();
        page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("居民.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Browser.screenshot(page, "25-resident-import-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始导入")).click();
        assertThat(page.getByTestId("import-result")).isVisible();
        assertThat(page.getByTestId("created")).hasText("1");
        assertThat(page.getByTestId("rejected")).hasText("1");
        assertThat(page.getByTestId("problems")).containsText("身份证号校验位不正确");
        assertThat(page.getByTestId("bad-rows")).isVisible();
        Browser.screenshot(page, "26-resident-import-result");
    }

    @Test
    void searchRevealAndCorrectAPhoneNumber() {
        record Person(long id, String name, String idNumber) {
        }
        Person person = jdbc.sql("""
                        SELECT id, name, id_cipher FROM resident
                        WHERE division_path LIKE '/15/1501/150104/150104001/150104001002/%' AND relation = 'SPOUSE'
                        ORDER BY id LIMIT 1""")
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), vault.decrypt(rs.getBytes(3))))
                .single();

        Browser.menu(page, "人口与房屋", "居民查询");
        page.getByTestId("resident-query").fill(person.name());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page.getByTestId("result-summary")).containsText("按姓名查询");
        assertThat(page.getByTestId("residents")).containsText(person.idNumber().substring(0, 6) + "********");
        assertThat(page.getByTestId("residents")).not().containsText(person.idNumber());
        Browser.screenshot(page, "20-resident-search");

        page.locator("[data-testid=residents] a[href='/residents/" + person.id() + "']").click();
        assertThat(page.getByTestId("resident-name")).hasText(person.name());
        page.locator("nav[aria-label=breadcrumb] li:nth-child(2) a").click();
        assertThat(page.getByTestId("household-title")).containsText("人）");
        assertThat(page.getByTestId("members")).containsText("户主");
        Browser.screenshot(page, "21-household");

        page.getByTestId("members").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(person.name()).setExact(true)).first().click();
        assertThat(page.getByTestId("id-number")).hasText(person.idNumber().substring(0, 6) + "********" + person.idNumber().substring(14));
        page.getByTestId("reveal-id").click();
        assertThat(page.getByTestId("revealed")).hasText(person.idNumber());
        Browser.screenshot(page, "22-resident-revealed");

        page.getByLabel("修改手机号").fill("139123456");
        page.getByTestId("save-phone").click();
        assertThat(page.getByTestId("phone-error")).hasText("手机号应为 11 位，实为 9 位");
        assertThat(page.getByLabel("修改手机号")).hasValue("139123456");
        Browser.screenshot(page, "23-phone-error");

        page.getByLabel("修改手机号").fill("13912345678");
        page.getByTestId("save-phone").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("手机号已更新");
        assertThat(page.getByTestId("phone")).hasText("139****5678");
        assertThat(page.getByTestId("history")).containsText("139****5678");
        assertThat(page.getByTestId("history")).containsText("worker");
        Browser.screenshot(page, "24-phone-saved-history");
    }
}
