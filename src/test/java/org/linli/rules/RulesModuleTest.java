package org.linli.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.RulesFixtures.SHIZHONG;
import static org.linli.testing.RulesFixtures.WUTA_COMMITTEE;
import static org.linli.testing.RulesFixtures.XIAOZHAOQIAN;
import static org.linli.testing.RulesFixtures.XINGLONGXIANG;
import static org.linli.testing.RulesFixtures.YUQUAN;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.audit.AuditLog;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.rules.internal.RuleEditing;
import org.linli.rules.internal.RuleRow;
import org.linli.rules.internal.SetRuleValue;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.ModuleTest;
import org.linli.testing.RulesFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The rule book on its own database: each lookup rule at its boundaries — region precedence,
 * effective dates (the clock moves, rows do not), subjects — and the changes an administrator
 * may and may not make. Each test has rules of its own ({@link ExampleRules}).
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RulesModuleTest {

    @Autowired
    RuleBook book;

    @Autowired
    RuleEditing editing;

    @Autowired
    Divisions divisions;

    @Autowired
    DivisionImporter importer;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    CurrentUser admin;

    @BeforeEach
    void divisionsAndAdministrator() {
        RulesFixtures.divisions(importer);
        admin = RulesFixtures.user("admin", Role.DISTRICT_ADMIN, RulesFixtures.division(divisions, "150104"));
    }

    @Test
    void theMostSpecificRegionWins() {
        assertThat(book.today(ExampleRules.REGIONS, XIAOZHAOQIAN)).as("national default").isEqualTo(15);
        set(ExampleRules.REGIONS, "", "150104", "20", clock.today());
        set(ExampleRules.REGIONS, "", "150104001", "10", clock.today());

        assertThat(book.today(ExampleRules.REGIONS, XIAOZHAOQIAN)).as("the street's own").isEqualTo(10);
        assertThat(book.today(ExampleRules.REGIONS, WUTA_COMMITTEE)).as("a committee of that street").isEqualTo(10);
        assertThat(book.today(ExampleRules.REGIONS, XINGLONGXIANG)).as("another street: the district's").isEqualTo(20);
        assertThat(book.today(ExampleRules.REGIONS, YUQUAN)).as("the district itself").isEqualTo(20);
        assertThat(book.today(ExampleRules.REGIONS, "/15/1501/150104")).as("a path without its last slash").isEqualTo(20);
        assertThat(book.today(ExampleRules.REGIONS, SHIZHONG)).as("another district: national").isEqualTo(15);
        assertThat(book.today(ExampleRules.REGIONS, "/15/1501/1501040/")).as("a code that only starts alike").isEqualTo(15);
    }

    @Test
    void aValueAppliesFromItsDateOnAndTheClockDecides() {
        LocalDate start = clock.today().plusDays(3);
        set(ExampleRules.DATES, "", "150104", "9", start);
        set(ExampleRules.DATES, "", "150104", "11", start.plusDays(10));
        RulesFixtures.set(context, ExampleRules.DATES, "", "150104001", "5", start.plusDays(5));

        assertThat(book.value(ExampleRules.DATES, YUQUAN, start.minusDays(1))).isEqualTo(15);
        assertThat(book.value(ExampleRules.DATES, YUQUAN, start)).isEqualTo(9);
        clock.advance(Duration.ofDays(2));
        assertThat(book.today(ExampleRules.DATES, YUQUAN)).as("the day before").isEqualTo(15);
        clock.advance(Duration.ofDays(1));
        assertThat(book.today(ExampleRules.DATES, YUQUAN)).as("the day itself").isEqualTo(9);
        clock.advance(Duration.ofDays(1));
        assertThat(book.today(ExampleRules.DATES, YUQUAN)).as("the day after").isEqualTo(9);
        clock.advance(Duration.ofDays(4));
        assertThat(book.today(ExampleRules.DATES, XIAOZHAOQIAN)).as("the street's value from its day").isEqualTo(5);
        assertThat(book.today(ExampleRules.DATES, XINGLONGXIANG)).isEqualTo(9);
        clock.advance(Duration.ofDays(5));
        assertThat(book.today(ExampleRules.DATES, YUQUAN)).as("the district's next value").isEqualTo(11);
        assertThat(book.today(ExampleRules.DATES, XIAOZHAOQIAN)).as("the street keeps its own").isEqualTo(5);
    }

    @Test
    void aSubjectsValueComesFirstThenTheRulesThenTheDefault() {
        book.seed(ExampleRules.LIMITS, "WATER", "24h", "示例：水电气暖");
        book.seed(ExampleRules.LIMITS, "WATER", "48h", "seeded again: changes nothing");
        assertThat(book.today(ExampleRules.LIMITS, "WATER", XIAOZHAOQIAN)).isEqualTo("24h");
        assertThat(book.today(ExampleRules.LIMITS, "ROAD", XIAOZHAOQIAN)).as("no rows: the rule's").isEqualTo("7d");
        assertThat(book.today(ExampleRules.LIMITS, XIAOZHAOQIAN)).isEqualTo("7d");

        set(ExampleRules.LIMITS, "", "150104", "5d", clock.today());
        assertThat(book.today(ExampleRules.LIMITS, "ROAD", XIAOZHAOQIAN)).as("the district's rule").isEqualTo("5d");
        assertThat(book.today(ExampleRules.LIMITS, "WATER", XIAOZHAOQIAN)).as("the subject's national value first")
                .isEqualTo("24h");
        set(ExampleRules.LIMITS, "WATER", "150104", "12h", clock.today());
        assertThat(book.today(ExampleRules.LIMITS, "WATER", XIAOZHAOQIAN)).isEqualTo("12h");
        assertThat(book.today(ExampleRules.LIMITS, "WATER", SHIZHONG)).isEqualTo("24h");
        assertThat(book.today(ExampleRules.LIMITS, "ROAD", SHIZHONG)).isEqualTo("7d");

        Rule<Integer> undeclared = Rule.count("rules.example-undeclared", "未声明", "天", 1, 9, 4, "");
        assertThat(book.today(undeclared, "X", XIAOZHAOQIAN)).as("no row at all: the rule's default").isEqualTo(4);
    }

    @Test
    void valuesARuleCannotTakeAreRefusedWithTheReason() {
        LocalDate today = clock.today();
        assertRefused(() -> set(ExampleRules.DATES, "", "150104", "十天", today), "rules.count.not-a-number");
        assertRefused(() -> set(ExampleRules.CANCEL, "", "150104", "-1", today.plusDays(1)), "rules.count.range");
        assertRefused(() -> set(ExampleRules.CANCEL, "", "150104", "31", today.plusDays(1)), "rules.count.range");
        assertThat(set(ExampleRules.CANCEL, "", "150104", " 30 ", today.plusDays(1)).value()).isEqualTo("30");
        assertThat(set(ExampleRules.CANCEL, "", "150104", "0", today.plusDays(2)).value()).isEqualTo("0");
        assertRefused(() -> set(ExampleRules.SHARE, "", "150104", "4/3", today), "rules.share.format");
        assertRefused(() -> set(ExampleRules.SHARE, "", "150104", "0/3", today), "rules.share.format");
        assertRefused(() -> set(ExampleRules.SHARE, "", "150104", "三分之一", today), "rules.share.format");
        assertThat(set(ExampleRules.SHARE, "", "150104", "2 / 5", today.plusDays(1)).value()).isEqualTo("2/5");
        assertThatThrownBy(() -> set(ExampleRules.LIMITS, "", "150104", "7x", today)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).args()).containsExactly("办理时限", "时限应写作 2h 或 7d 的形式"));
        assertRefused(() -> set(ExampleRules.LIMITS, "NO-SUCH", "150104", "7d", today), "rules.subject.unknown");
        assertRefused(() -> set(ExampleRules.LIMITS, "", "150104001002", "7d", today), "rules.region.too-low");
    }

    @Test
    void changesTakeEffectTodayOrLaterOnly() {
        LocalDate today = clock.today();
        assertRefused(() -> set(ExampleRules.CANCEL, "", "150104001", "5", today.minusDays(1)), "rules.effective-from.past");
        set(ExampleRules.CANCEL, "", "150104001", "5", today);
        assertThat(book.today(ExampleRules.CANCEL, XIAOZHAOQIAN)).isEqualTo(5);
        assertThat(audit.count(new DataScope(XIAOZHAOQIAN), "RULE_SET")).isPositive();
    }

    @Test
    void aScheduledValueCanBeCancelledOneInForceCannot() {
        RuleRow inForce = set(ExampleRules.CANCEL, "", "150104002", "7", clock.today());
        RuleRow scheduled = set(ExampleRules.CANCEL, "", "150104002", "9", clock.today().plusDays(7));
        assertThat(book.value(ExampleRules.CANCEL, XINGLONGXIANG, clock.today().plusDays(7))).isEqualTo(9);

        editing.cancel(scheduled.id(), admin);
        assertThat(book.value(ExampleRules.CANCEL, XINGLONGXIANG, clock.today().plusDays(7))).isEqualTo(7);
        assertThat(audit.count(new DataScope(XINGLONGXIANG), "RULE_CANCEL")).isEqualTo(1);
        assertRefused(() -> editing.cancel(inForce.id(), admin), "rules.cancel.in-force");

        long later = RulesFixtures.set(context, ExampleRules.CANCEL, "", "150104002", "8", clock.today().plusDays(1));
        clock.advance(Duration.ofDays(1));
        assertRefused(() -> RulesFixtures.cancel(context, later, "150104002"), "rules.cancel.in-force");
        clock.reset();
        RulesFixtures.cancel(context, later, "150104002");
        assertThat(book.value(ExampleRules.CANCEL, XINGLONGXIANG, clock.today().plusDays(1))).isEqualTo(7);
    }

    @Test
    void noOneChangesAnotherRegionsValuesNorDoesStreetStaff() {
        assertThatThrownBy(() -> set(ExampleRules.CANCEL, "", "511102", "5", clock.today().plusDays(1)))
                .isInstanceOf(NotFoundException.class);
        CurrentUser leshan = RulesFixtures.user("leshan", Role.DISTRICT_ADMIN, RulesFixtures.division(divisions, "511102"));
        RuleRow theirs = editing.set(command(ExampleRules.CANCEL, "", "511102", "6", clock.today().plusDays(3)), leshan);
        assertThatThrownBy(() -> editing.cancel(theirs.id(), admin)).isInstanceOf(NotFoundException.class);
        CurrentUser street = RulesFixtures.user("street", Role.STREET_STAFF, RulesFixtures.division(divisions, "150104001"));
        assertThatThrownBy(() -> editing.set(command(ExampleRules.CANCEL, "", "150104001", "5", clock.today()), street))
                .isInstanceOf(NotFoundException.class);
        assertThat(book.value(ExampleRules.CANCEL, SHIZHONG, clock.today().plusDays(3))).isEqualTo(6);
    }

    private RuleRow set(Rule<?> rule, String subject, String region, String value, LocalDate from) {
        return editing.set(command(rule, subject, region, value, from), admin);
    }

    private static SetRuleValue command(Rule<?> rule, String subject, String region, String value, LocalDate from) {
        return new SetRuleValue(rule.key(), subject, region, value, from, "示例文件", "测试");
    }

    private static void assertRefused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo(key);
    }
}
