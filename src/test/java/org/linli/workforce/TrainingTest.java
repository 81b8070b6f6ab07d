package org.linli.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.WorkforceFixtures.COMMITTEE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.testing.TestClock;
import org.linli.testing.WorkforceFixtures;
import org.linli.workforce.register.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training due by post ([002] 七, rule book): a director yearly, another post every two years, after
 * the last course; the overdue list across the years; staffing against households per worker.
 */
@LinliTest
class TrainingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    TestClock clock;

    WorkforceFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkforceFixtures(register, accounts, jdbc);
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Moves the clock to noon of a day. */
    private void setDay(LocalDate day) {
        clock.setTo(day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private boolean overdue(long id) throws Exception {
        String list = page("/workforce/training?overdue=true&page=0", "street");
        String all = page("/workforce/" + id, "street");
        Matcher m = Pattern.compile("data-testid=\"training-due\" data-due=\"([0-9-]+)\" data-overdue=\"(true|false)\"").matcher(all);
        assertThat(m.find()).isTrue();
        boolean onPage = Boolean.parseBoolean(m.group(2));
        assertThat(overdueListed(id, list)).as("the overdue list agrees with the worker's page").isEqualTo(onPage);
        return onPage;
    }

    /** Whether the overdue list names the worker on some page. */
    private boolean overdueListed(long id, String firstPage) throws Exception {
        String needle = "data-worker=\"" + id + "\"";
        if (firstPage.contains(needle)) {
            return true;
        }
        Matcher count = Pattern.compile("data-testid=\"overdue-count\" data-count=\"(\\d+)\"").matcher(firstPage);
        assertThat(count.find()).isTrue();
        long pages = (Long.parseLong(count.group(1)) + 19) / 20;
        for (int p = 1; p < pages; p++) {
            if (page("/workforce/training?overdue=true&page=" + p, "street").contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void course(long id, LocalDate on) throws Exception {
        mvc.perform(post("/workforce/" + id + "/training").with(as("street")).with(csrf()).param("heldOn", on.toString())
                        .param("title", "社区工作者能力提升培训").param("hours", "8").param("organiser", "玉泉区民政局"))
                .andExpect(redirectedUrl("/workforce/" + id));
    }

    @Test
    void aDirectorIsDueYearlyAndAnotherPostEveryTwoYears() throws Exception {
        LocalDate start = clock.today();
        long director = fixtures.worker(COMMITTEE, "主任甲", Post.PRINCIPAL, 5, Degree.BACHELOR, Certificate.NONE, start.minusYears(3));
        long member = fixtures.worker(COMMITTEE, "委员乙", Post.MEMBER, 3, Degree.BACHELOR, Certificate.NONE, start.minusYears(3));
        // started three years ago with no course: both overdue now
        assertThat(overdue(director)).isTrue();
        assertThat(overdue(member)).isTrue();
        course(director, start);
        course(member, start);
        assertThat(overdue(director)).isFalse();
        assertThat(overdue(member)).isFalse();
        assertThat(page("/workforce/" + director, "street")).contains("data-due=\"" + start.plusYears(1) + "\"");
        assertThat(page("/workforce/" + member, "street")).contains("data-due=\"" + start.plusYears(2) + "\"");

        setDay(start.plusYears(1));
        assertThat(overdue(director)).as("due on the day itself, not overdue yet").isFalse();
        setDay(start.plusYears(1).plusDays(1));
        assertThat(overdue(director)).isTrue();
        assertThat(overdue(member)).isFalse();

        setDay(start.plusYears(2));
        assertThat(overdue(member)).isFalse();
        setDay(start.plusYears(2).plusDays(1));
        assertThat(overdue(member)).isTrue();
        course(director, start.plusYears(2));
        assertThat(overdue(director)).isFalse();
    }

    @Test
    void staffingComparesWorkersWithTheHouseholdsRule() throws Exception {
        String page = page("/workforce/staffing", "street");
        Matcher m = Pattern.compile("data-testid=\"staffing-row\" data-path=\"([^\"]+)\" data-households=\"(\\d+)\" data-required=\"(\\d+)\" "
                + "data-workers=\"(\\d+)\" data-shortfall=\"(\\d+)\"").matcher(page);
        int rows = 0;
        long householdsSeen = 0;
        while (m.find()) {
            rows++;
            long households = Long.parseLong(m.group(2));
            long required = Long.parseLong(m.group(3));
            long workers = Long.parseLong(m.group(4));
            householdsSeen += households;
            assertThat(required).isEqualTo(Math.max(1, (households + 299) / 300));
            assertThat(Long.parseLong(m.group(5))).isEqualTo(Math.max(0, required - workers));
            assertThat(m.group(1)).contains("/150104001");
        }
        assertThat(rows).isPositive();
        assertThat(householdsSeen).as("households come from the registry").isPositive();
        assertThat(page).contains("staffing-chart");

        String committee = page("/workforce/staffing", "worker");
        assertThat(committee.split("data-testid=\"staffing-row\"", -1)).hasSize(2);
    }
}
