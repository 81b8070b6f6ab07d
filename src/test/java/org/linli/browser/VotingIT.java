package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.deliberation.Assemblies;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A representatives' meeting on the demo roster: the worker convenes it from the topic, signs
 * representatives in at the desk, a representative votes on a phone in the online deliberation
 * hall, and the minutes show attendance from the roll and the combined count.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class VotingIT {

    @LocalServerPort
    int port;

    @Autowired
    Representatives representatives;
    @Autowired
    Divisions divisions;
    @Autowired
    Accounts accounts;
    @Autowired
    Bindings bindings;
    @Autowired
    Assemblies assemblies;
    @Autowired
    UserDetailsService users;

    @Test
    void aRepresentativesMeetingFromSignInToMinutes() {
        Division committee = divisions.findByCode("150104001002").orElseThrow();
        List<Person> roster = representatives.roster(committee);

        Page worker = signIn("worker", false);
        worker.navigate("/topics");
        worker.getByLabel("议题").fill("广场夜间照明改造");
        worker.getByLabel("背景和建议").fill("广场夜间照明不足，建议更换 20 盏路灯，费用由社区公益金列支。");
        worker.getByTestId("propose").click();
        worker.getByLabel("已受理，议事中").check();
        worker.getByTestId("review-submit").click();
        worker.locator("#record").fill("议案：更换广场路灯 20 盏，社区公益金列支 3 万元");
        worker.getByTestId("close-stage").click();
        String topicUrl = worker.url();
        worker.getByTestId("convene-link").click();
        worker.getByLabel("会议", new Page.GetByLabelOptions().setExact(true)).selectOption("RESIDENTS_REPRESENTATIVES_MEETING");
        worker.getByLabel("应到人员").selectOption("REPRESENTATIVES");
        worker.getByLabel("日期").fill(LocalDate.now(org.linli.shared.Times.zone()).toString());
        worker.getByLabel("地点").fill("五塔北街社区党群服务中心二楼");
        worker.getByLabel("主持人").fill("张丽");
        worker.getByLabel("记录人").fill("李强");
        worker.getByLabel("广场夜间照明改造").check();
        worker.getByTestId("convene-submit").click();
        assertThat(worker.getByTestId("assembly-status")).hasText("签到中");
        long meeting = Long.parseLong(worker.url().replaceAll(".*/meetings/(\\d+).*", "$1"));

        // Most representatives are signed in at the desk beforehand; two through the search.
        CurrentUser desk = (CurrentUser) users.loadUserByUsername("worker");
        roster.subList(16, 30).forEach(p -> assemblies.signIn(meeting, p.id(), desk));
        for (Person p : roster.subList(1, 3)) {
            worker.getByLabel("姓名或身份证后 4 位").fill(p.idLast4());
            worker.getByTestId("roll-search").click();
            worker.getByTestId("roll").getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(p.name())).getByTestId("sign-in-button").click();
        }
        assertThat(worker.getByTestId("present")).hasText("16 人");
        assertThat(worker.getByTestId("quorum")).containsText("超过半数，符合法定人数");
        worker.getByLabel("姓名或身份证后 4 位").fill(roster.get(1).idLast4());
        worker.getByTestId("roll-search").click();
        Browser.screenshot(worker, "80-meeting-sign-in");
        worker.getByTestId("open-voting").click();
        assertThat(worker.getByTestId("assembly-status")).hasText("表决中");

        // A representative votes on a phone from the topic page.
        Person online = roster.get(0);
        accounts.createSystemAccount("rep-online", online.name(), Role.RESIDENT, committee, "linli2026");
        long account = accounts.findByUsername("rep-online").orElseThrow().id();
        // Not one of those signed in at the hall (1, 2 and 16 onwards).
        for (int i = 0; bindings.of(account).isEmpty(); i = i == 0 ? 3 : i + 1) {
            try {
                online = roster.get(i);
                bindings.enrol(account, online.id(), committee);
            } catch (Bindings.Refused alreadyBound) {
                // the demo's own resident account may hold this representative; take the next
            }
        }
        Page phone = signIn("rep-online", true);
        phone.navigate(topicUrl.replaceAll("^https?://[^/]+", ""));
        assertThat(phone.getByTestId("online-ballot")).containsText("正在表决");
        Browser.screenshot(phone, "81-online-ballot-phone");
        phone.getByTestId("vote-FOR").click();
        assertThat(phone.getByTestId("voted")).containsText("您已投票：赞成");
        Browser.screenshot(phone, "82-online-ballot-cast");

        // The worker closes with the hall's count; the online ballot is added.
        worker.navigate("/meetings/" + meeting);
        assertThat(worker.getByTestId("present")).hasText("17 人");
        worker.locator("input[name^=for_]").fill("12");
        worker.locator("input[name^=against_]").fill("3");
        worker.locator("input[name^=abstain_]").fill("1");
        worker.getByTestId("close-meeting").click();
        assertThat(worker.getByTestId("minutes-quorum")).containsText("应到 30 人，实到 17 人");
        assertThat(worker.getByTestId("minutes-items")).containsText("赞成 13、反对 3、弃权 1");
        assertThat(worker.getByTestId("present-names")).containsText(Person.mask(online.name()) + "（线上投票）");
        Browser.screenshot(worker, "83-meeting-minutes");
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
