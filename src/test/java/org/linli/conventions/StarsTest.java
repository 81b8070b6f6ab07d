package org.linli.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.ConventionFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Star civilised households: the year's candidates reach a star's threshold of the rule book
 * (60, 80, 100, 120, 150 by default); the committee confirms them once the year is over, once.
 */
@LinliTest
class StarsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    ConventionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ConventionFixtures(context);
    }

    @Test
    void lastYearsCandidatesAreConfirmedOnceWithTheirStars() throws Exception {
        String other = fixtures.otherWorker();
        int year = clock.today().getYear() - 2;
        LocalDate day = LocalDate.of(year, 6, 1);
        long rule = fixtures.rule(other, "测试·星级", 20, "OCCURRENCE", "HOUSEHOLD", LocalDate.of(year, 1, 1));
        long three = fixtures.otherResident(ConventionFixtures.OTHER_COMMITTEE, 1);
        long one = fixtures.otherResident(ConventionFixtures.OTHER_COMMITTEE, 2);
        long none = fixtures.otherResident(ConventionFixtures.OTHER_COMMITTEE, 3);
        fixtures.award(other, three, rule, "5", day, "全年表现");
        fixtures.award(other, one, rule, "3", day, "全年表现");
        fixtures.award(other, none, rule, "2", day, "全年表现");

        String page = fixtures.deliberation().page(other, "/points/stars?year=" + year);
        long hhThree = fixtures.householdOf(three);
        assertThat(page).contains("data-testid=\"star-candidate\" data-household=\"" + hhThree + "\"",
                "data-household=\"" + fixtures.householdOf(one) + "\"").doesNotContain("data-household=\"" + fixtures.householdOf(none) + "\"");

        assertThat(fixtures.send(post("/points/stars/{y}/confirm", clock.today().getYear()).param("household", String.valueOf(hhThree)), other))
                .isEqualTo("error:年度结束后方可评定该年度的星级文明户");
        assertThat(fixtures.send(post("/points/stars/{y}/confirm", year).param("household", String.valueOf(hhThree))
                .param("household", String.valueOf(fixtures.householdOf(one))), other)).startsWith("saved:");
        assertThat(jdbc.sql("SELECT stars FROM star_household WHERE household_id = :h AND year = :y").param("h", hhThree).param("y", year)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(fixtures.send(post("/points/stars/{y}/confirm", year).param("household", String.valueOf(hhThree)), other))
                .isEqualTo("error:" + year + " 年度星级文明户已经确认");
        assertThat(fixtures.deliberation().page("worker", "/points/stars?year=" + year)).doesNotContain("data-household=\"" + hhThree + "\"");
    }
}
