package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.deliberation.meetings.SignIns;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.TestClock;
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
    SignIns signIns;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @Test
    void aRepresentativesMeetingFromSignInToMinutes() {
        Division committee = divisions.findByCode("150104001002").orElseThrow();
        List<Person> roster = representatives.roster(committee);

        Page worker = signIn("worker", false);
        worker.navigate("/topics");
        worker.getByTestId("topic-title").fill("广场夜间照明改造");
        worker.getByTestId("topic-body").fill("广场夜间照明不足，建议更换 20 盏路灯，费用由社区公益金列支。");
        worker.getByTestId("propose").click();
        worker.getByTestId("outcome-ADMITTED").check();
        worker.getByTestId("review-submit").click();
        worker.getByTestId("stage-record").fill("议案：更换广场路灯 20 盏，社区公益金列支 3 万元");
        worker.getByTestId("close-stage").click();
        assertThat(worker.getByTestId("topic-status")).hasAttribute("data-stage", "1");
        String topicUrl = worker.url();
        long topic = Long.parseLong(topicUrl.replaceAll(".*/topics/(\\d+).*", "$1"));
        worker.getByTestId("convene-link").click();
        worker.getByTestId("convene-kind").selectOption("RESIDENTS_REPRESENTATIVES_MEETING");
        worker.getByTestId("convene-basis").selectOption("REPRESENTATIVES");
        worker.getByTestId("convene-heldOn").fill(clock.today().toString());
        worker.getByTestId("convene-place").fill("五塔北街社区党群服务中心二楼");
        worker.getByTestId("convene-chair").fill("张丽");
        worker.getByTestId("convene-recorder").fill("李强");
        assertThat(worker.getByTestId("agenda-" + topic)).isChecked();
        worker.getByTestId("convene-submit").click();
        assertThat(worker.getByTestId("assembly-status")).hasAttribute("data-status", "SIGN_IN");
        long meeting = Long.parseLong(worker.url().replaceAll(".*/meetings/(\\d+).*", "$1"));

        // Most representatives are signed in at the desk beforehand; two through the search.
        CurrentUser desk = (CurrentUser) users.loadUserByUsername("worker");
        roster.subList(16, 30).forEach(p -> signIns.signIn(meeting, p.id(), desk));
        for (Person p : roster.subList(1, 3)) {
            worker.getByTestId("roll-query").fill(p.idLast4());
            worker.getByTestId("roll-search").click();
            worker.locator("[data-testid=roll-person][data-id='" + p.id() + "']").getByTestId("sign-in-button").click();
        }
        assertThat(worker.getByTestId("present")).hasAttribute("data-count", "16");
        assertThat(worker.getByTestId("quorum")).hasAttribute("data-met", "true");
        worker.getByTestId("roll-query").fill(roster.get(1).idLast4());
        worker.getByTestId("roll-search").click();
        Browser.screenshot(worker, "80-meeting-sign-in");
        worker.getByTestId("open-voting").click();
        assertThat(worker.getByTestId("assembly-status")).hasAttribute("data-status", "VOTING");

        // A representative votes on a phone from the topic page.
        Person online = roster.get(0);
        accounts.createSystemAccount("rep-online", online.name(), Role.RESIDENT, committee, "linli2026");
        long account = accounts.findByUsername("rep-online").orElseThrow().id();
        // Not one of those signed in at the hall (1, 2 and 16 onwards).
        for (int i = 0; bindings.of(account).isEmpty(); i = i == 0 ? 3 : i + 1) {
            try {
                online = roster.get(i);
                bindings.enrol(account, online.id(), committee);
            } catch (Refusal alreadyBound) {
                // the demo's own resident account may hold this representative; take the next
            }
        }
        Page phone = signIn("rep-online", true);
        phone.navigate(topicUrl.replaceAll("^https?://[^/]+", ""));
        assertThat(phone.getByTestId("online-ballot")).isVisible();
        Browser.screenshot(phone, "81-online-ballot-phone");
        phone.getByTestId("vote-FOR").click();
        assertThat(phone.getByTestId("voted")).hasAttribute("data-choice", "FOR");
        Browser.screenshot(phone, "82-online-ballot-cast");

        // The worker closes with the hall's count; the online ballot is added.
        worker.navigate("/meetings/" + meeting);
        assertThat(worker.getByTestId("present")).hasAttribute("data-count", "17");
        worker.getByTestId("hall-votesFor-" + topic).fill("12");
        worker.getByTestId("hall-against-" + topic).fill("3");
        worker.getByTestId("hall-abstaining-" + topic).fill("1");
        worker.getByTestId("close-meeting").click();
        assertThat(worker.getByTestId("minutes-quorum")).hasAttribute("data-met", "true");
        assertThat(worker.getByTestId("minutes-present")).containsText("17");
        var item = worker.getByTestId("minutes-item");
        assertThat(item).hasAttribute("data-for", "13");
        assertThat(item).hasAttribute("data-against", "3");
        assertThat(item).hasAttribute("data-abstain", "1");
        assertThat(item).hasAttribute("data-passed", "true");
        assertThat(worker.getByTestId("present-names")).containsText(Person.mask(online.name()));
        Browser.screenshot(worker, "83-meeting-minutes");
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
