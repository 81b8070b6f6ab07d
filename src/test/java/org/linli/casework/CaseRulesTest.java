package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.calendar.TimeLimit;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.casework.internal.CaseRules;
import org.linli.casework.internal.Ratings;
import org.linli.rules.Rule;
import org.linli.shared.Times;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.RulesFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case loop's rules through the rule book, each at its boundaries: a value set for a region
 * applies there (and not next door) from the first moment of its day, and not a minute before.
 * Values are set from tomorrow in the other street of the district or the worker's street, and
 * withdrawn after each test, so the other tests of the module meet the national defaults.
 */
@LinliTest
class CaseRulesTest {

    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String STREET = "150104001";
    private static final String OTHER_STREET = "150104002";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext beans;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    Ratings ratings;

    CaseworkFixtures cases;

    /** Values set by a test, withdrawn after it (region code, id). */
    final List<String[]> set = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @AfterEach
    void withdraw() {
        clock.reset();
        set.forEach(v -> RulesFixtures.cancel(beans, Long.parseLong(v[1]), v[0]));
    }

    @Test
    void aCategorysLimitIsTheOneInForceForItsRegionOnTheDayTheCaseIsOpened() throws Exception {
        String otherCommittee = jdbc.sql("SELECT code FROM division WHERE level = 'COMMITTEE' AND path LIKE '%/150104002/%' ORDER BY code LIMIT 1")
                .query(String.class).single();
        LocalDate tomorrow = clock.today().plusDays(1);
        setFrom(CaseRules.FINISH, "NEIGHBOURS", OTHER_STREET, "3d", tomorrow);
        setFrom(CaseRules.ACCEPT, "NEIGHBOURS", OTHER_STREET, "4h", tomorrow);

        clock.setTo(startOf(tomorrow).minusMinutes(1).toInstant());
        long before = cases.open("admin", "NEIGHBOURS", otherCommittee, "规则前一分钟");
        assertThat(limit(before, "finish_due")).isEqualTo(Duration.ofDays(15));
        clock.setTo(startOf(tomorrow).toInstant());
        long from = cases.open("admin", "NEIGHBOURS", otherCommittee, "规则施行当天");
        assertThat(limit(from, "finish_due")).isEqualTo(Duration.ofDays(3));
        assertThat(limit(from, "accept_due")).isEqualTo(Duration.ofHours(4));
        long nextDoor = cases.open("admin", "NEIGHBOURS", CaseworkFixtures.COMMITTEE, "邻街同日");
        assertThat(limit(nextDoor, "finish_due")).isEqualTo(Duration.ofDays(15));
        long otherCategory = cases.open("admin", "NOISE", otherCommittee, "其他类别");
        assertThat(limit(otherCategory, "finish_due")).isEqualTo(Duration.ofDays(7));
        // The catalogue shows each user the limit in force where they work.
        assertThat(cases.page("admin", "/case-categories")).contains("data-testid=\"NEIGHBOURS-case.finish-limit\" data-limit=\"15d\"");
    }

    @Test
    void webSubmissionsAreAcceptedWithinTwoCalendarHoursOrTheCategorysLimitIfSooner() throws Exception {
        // A Saturday night: two working hours would end on Monday morning.
        clock.setTo(OffsetDateTime.parse("2027-03-06T22:00:00+08:00").toInstant());
        long web = report("PROPERTY", "周六晚上楼道灯坏了");
        assertThat(limit(web, "accept_due")).isEqualTo(Duration.ofHours(2));
        long phone = cases.open("worker", "PROPERTY", CaseworkFixtures.COMMITTEE, "周六晚上来电");
        assertThat(cases.acceptDue(phone)).isAtSameInstantAs(OffsetDateTime.parse("2027-03-08T10:30:00+08:00"));
        long safety = report("SAFETY", "周六晚上燃气味道很重");
        assertThat(limit(safety, "accept_due")).isEqualTo(Duration.ofHours(1));

        // The district gives web submissions three hours from Sunday on.
        setFrom(CaseRules.WEB_ACCEPT, "", "150104", "3h", LocalDate.parse("2027-03-07"));
        clock.setTo(OffsetDateTime.parse("2027-03-06T23:59:00+08:00").toInstant());
        assertThat(limit(report("PROPERTY", "周六深夜楼道灯坏了"), "accept_due")).isEqualTo(Duration.ofHours(2));
        clock.setTo(OffsetDateTime.parse("2027-03-07T00:00:00+08:00").toInstant());
        assertThat(limit(report("PROPERTY", "周日零点楼道灯坏了"), "accept_due")).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aBadRatingReopensTheCaseForTheRectificationDaysOfItsRegion() throws Exception {
        LocalDate tomorrow = clock.today().plusDays(1);
        setFrom(CaseRules.RECTIFICATION_DAYS, "", STREET, "7", tomorrow);

        clock.setTo(startOf(tomorrow).minusMinutes(1).toInstant());
        long before = closed("差评整改前");
        ratings.rate(before, 1, "没有解决", "resident");
        assertThat(Duration.between(reopenedAt(before), cases.finishDue(before))).isEqualTo(Duration.ofDays(15));
        clock.setTo(startOf(tomorrow).toInstant());
        long from = closed("差评整改当天");
        ratings.rate(from, 2, "仍然漏水", "resident");
        assertThat(Duration.between(reopenedAt(from), cases.finishDue(from))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void oneExtensionMovesALimitAtMostTheCapOfItsRegion() throws Exception {
        long national = cases.accepted("NEIGHBOURS", "延期上限全国");
        OffsetDateTime latest = calendar.due(cases.finishDue(national), TimeLimit.parse("15wd"));
        assertThat(ask(national, latest.plusMinutes(1))).contains("一次延期不能超过 15 个工作日");
        mvc.perform(askFor(national, latest)).andExpect(status().is3xxRedirection());

        LocalDate tomorrow = clock.today().plusDays(1);
        setFrom(CaseRules.EXTENSION_CAP, "", STREET, "5", tomorrow);
        clock.setTo(startOf(tomorrow).toInstant());
        long regional = cases.accepted("NEIGHBOURS", "延期上限本街道");
        OffsetDateTime capped = calendar.due(cases.finishDue(regional), TimeLimit.parse("5wd"));
        assertThat(ask(regional, capped.plusMinutes(1))).contains("一次延期不能超过 5 个工作日");
        mvc.perform(askFor(regional, capped)).andExpect(status().is3xxRedirection());
    }

    private void setFrom(Rule<?> rule, String subject, String region, String value, LocalDate from) {
        set.add(new String[] {region, String.valueOf(RulesFixtures.set(beans, rule, subject, region, value, from))});
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Times.zone()).toOffsetDateTime();
    }

    /** How long after it was opened a case's limit ends. */
    private Duration limit(long id, String column) {
        record Times(OffsetDateTime createdAt, OffsetDateTime due) {
        }
        Times t = jdbc.sql("SELECT created_at, " + column + " AS due FROM case_record WHERE id = :id").param("id", id)
                .query(Times.class).single();
        return Duration.between(t.createdAt(), t.due());
    }

    /** A resident reports on the web form, without signing in; returns the case's id. */
    private long report(String category, String description) throws Exception {
        String location = mvc.perform(post("/report").with(csrf()).param("placeCode", CaseworkFixtures.COMMITTEE)
                        .param("category", category).param("description", description).param("reporterPhone", "13812349876"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/track/".length(), location.indexOf('?'));
        return jdbc.sql("SELECT id FROM case_record WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    }

    private long closed(String title) throws Exception {
        long id = cases.accepted("NEIGHBOURS", title);
        cases.move("worker", id, "VERIFYING", "已处理");
        cases.move("worker", id, "CLOSED", "已处理");
        return id;
    }

    /** When the case was reopened: its last move, stamped with the time the limit counts from. */
    private OffsetDateTime reopenedAt(long id) {
        assertThat(cases.statusOf(id)).isEqualTo("REOPENED");
        return jdbc.sql("SELECT updated_at FROM case_record WHERE id = :id").param("id", id).query(OffsetDateTime.class).single();
    }

    private MockHttpServletRequestBuilder askFor(long id, OffsetDateTime due) {
        return post("/cases/{id}/extensions", id).param("newDue", FORM.format(LocalDateTime.ofInstant(due.toInstant(), Times.zone())))
                .param("reason", "需协调产权单位").with(as("worker")).with(csrf());
    }

    private String ask(long id, OffsetDateTime due) throws Exception {
        return mvc.perform(askFor(id, due)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
