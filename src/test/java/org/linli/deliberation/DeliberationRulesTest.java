package org.linli.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.followup.Evaluations;
import org.linli.deliberation.followup.Summary;
import org.linli.division.Division;
import org.linli.rules.Fraction;
import org.linli.rules.RuleBook;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.RulesFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Deliberation's rules in the rule book, each at its boundaries: by the national default, and as a
 * region sets its own value from a date (the clock moved to it). The region here is a street of
 * villages no other test of the module touches.
 */
@LinliTest
class DeliberationRulesTest {

    static final String STREET = "150104007";
    static final String VILLAGE = "150104007201";

    @Autowired
    ApplicationContext context;
    @Autowired
    Evaluations evaluations;
    @Autowired
    RuleBook book;
    @Autowired
    TestClock clock;

    DeliberationFixtures fixtures;
    final List<Long> values = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
    }

    @AfterEach
    void withdrawTheRegionsValues() {
        clock.reset();
        values.forEach(id -> RulesFixtures.cancel(context, id, STREET));
    }

    @Test
    void theRulesAreDeclaredWithTheLawsValuesAsDefaults() {
        String village = fixtures.committee(VILLAGE).path();
        assertThat(book.today(DeliberationRules.DISSATISFIED_SHARE, village)).isEqualTo(new Fraction(1, 3));
        assertThat(book.today(DeliberationRules.EVALUATIONS_FOR_FLAG, village)).isEqualTo(3);
        assertThat(book.today(DeliberationRules.VILLAGERS_MEETING_NOTICE, village)).isEqualTo(10);
        assertThat(book.today(DeliberationRules.WOMEN_SHARE, village)).isEqualTo(new Fraction(1, 3));
        assertThat(DeliberationRules.words(new Fraction(1, 3))).isEqualTo("三分之一");
        assertThat(DeliberationRules.words(new Fraction(2, 5))).isEqualTo("五分之二");
    }

    @Test
    void evaluationsFlagATopicFromAThirdUnhappyAmongThreeByDefault() {
        String path = fixtures.committee(VILLAGE).path();
        assertThat(poor(path, 0, 0, 0)).isFalse();
        // Fewer than three evaluations never flag, even when all are unhappy.
        assertThat(poor(path, 0, 0, 2)).isFalse();
        assertThat(poor(path, 1, 0, 1)).isFalse();
        // Exactly one third.
        assertThat(poor(path, 1, 1, 1)).isTrue();
        assertThat(poor(path, 2, 2, 2)).isTrue();
        // Just under one third.
        assertThat(poor(path, 2, 1, 1)).isFalse();
        assertThat(poor(path, 3, 2, 2)).isFalse();
        // Just over.
        assertThat(poor(path, 3, 0, 2)).isTrue();
        assertThat(new Summary(1, 1, 1).text()).isEqualTo("共 3 份评价：满意 1、基本满意 1、不满意 1");
    }

    @Test
    void aRegionFlagsFromHalfAmongFourOnceItsValuesApply() {
        String path = fixtures.committee(VILLAGE).path();
        LocalDate tomorrow = clock.today().plusDays(1);
        values.add(RulesFixtures.set(context, DeliberationRules.DISSATISFIED_SHARE, "", STREET, "1/2", tomorrow));
        values.add(RulesFixtures.set(context, DeliberationRules.EVALUATIONS_FOR_FLAG, "", STREET, "4", tomorrow));
        // Until tomorrow the national default applies.
        assertThat(poor(path, 1, 1, 1)).isTrue();

        clock.advance(Duration.ofDays(1));
        assertThat(poor(path, 1, 1, 1)).isFalse();
        assertThat(poor(path, 0, 0, 3)).isFalse();
        // Four evaluations, exactly half unhappy; just under half.
        assertThat(poor(path, 1, 1, 2)).isTrue();
        assertThat(poor(path, 2, 1, 1)).isFalse();
        assertThat(poor(path, 3, 1, 2)).isFalse();
        assertThat(poor(path, 2, 0, 3)).isTrue();
        // Another street keeps the national default.
        assertThat(poor(fixtures.committee(DeliberationFixtures.HOME).path(), 1, 1, 1)).isTrue();
    }

    @Test
    void aRegionAsksForFifteenDaysNoticeOfAVillagersMeeting() throws Exception {
        fixtures.households(VILLAGE, "rworker");
        long topic = fixtures.atResolution("rworker", "村级公益事业筹资方案");
        values.add(RulesFixtures.set(context, DeliberationRules.VILLAGERS_MEETING_NOTICE, "", STREET, "15", clock.today().plusDays(1)));
        clock.advance(Duration.ofDays(1));
        LocalDate today = clock.today();

        assertThat(fixtures.refused(fixtures.convening("VILLAGERS_MEETING", "HOUSEHOLDS", today.plusDays(14), topic), "rworker"))
                .startsWith("召开村民会议应当提前 15 天通知村民").contains("最早可定于 " + today.plusDays(15));
        long meeting = fixtures.convene("rworker", fixtures.convening("VILLAGERS_MEETING", "HOUSEHOLDS", today.plusDays(15), topic));
        fixtures.ok(post("/meetings/{id}/cancel", meeting).param("reason", "测试结束"), "rworker");
    }

    @Test
    void aRegionAsksForTwoFifthsWomenInTheVillagersRepresentativesMeeting() throws Exception {
        List<long[]> households = fixtures.households(VILLAGE, "rworker");
        Division village = fixtures.committee(VILLAGE);
        long topic = fixtures.atResolution("rworker", "村集体资产出租方案");
        if (context.getBean(Representatives.class).roster(village).isEmpty()) {
            for (int i = 0; i < 6; i++) {
                fixtures.ok(post("/representatives").param("resident", String.valueOf(households.get(i)[i < 4 ? 0 : 1])), "rworker");
            }
        }
        values.add(RulesFixtures.set(context, DeliberationRules.WOMEN_SHARE, "", STREET, "2/5", clock.today().plusDays(1)));
        // Today two women among six are the law's third.
        long lawful = fixtures.convene("rworker", representatives(topic));
        fixtures.ok(post("/meetings/{id}/cancel", lawful).param("reason", "规则将调整"), "rworker");

        clock.advance(Duration.ofDays(1));
        assertThat(fixtures.refused(representatives(topic), "rworker")).contains("妇女村民代表 2 人").contains("妇女村民代表应占五分之二以上");
        // Three women among seven: 15 ≥ 14, two fifths reached.
        fixtures.ok(post("/representatives").param("resident", String.valueOf(households.get(3)[1])), "rworker");
        long convened = fixtures.convene("rworker", representatives(topic));
        fixtures.ok(post("/meetings/{id}/cancel", convened).param("reason", "测试结束"), "rworker");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder representatives(long topic) {
        return fixtures.convening("VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
    }

    private boolean poor(String path, long satisfied, long fairly, long dissatisfied) {
        return evaluations.poor(new Summary(satisfied, fairly, dissatisfied), path);
    }
}
