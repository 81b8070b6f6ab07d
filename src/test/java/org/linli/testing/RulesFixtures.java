package org.linli.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportResult;
import org.linli.division.imports.SourceFile;
import org.linli.rules.Rule;
import org.linli.rules.internal.RuleEditing;
import org.linli.rules.internal.RuleRow;
import org.linli.rules.internal.SetRuleValue;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.beans.factory.BeanFactory;

/** Builders for the rule book's tests: a few real divisions to set values for, and who sets them. */
public final class RulesFixtures {

    public static final String YUQUAN = "/15/1501/150104/";
    public static final String XIAOZHAOQIAN = "/15/1501/150104/150104001/";
    public static final String XINGLONGXIANG = "/15/1501/150104/150104002/";
    public static final String WUTA_COMMITTEE = "/15/1501/150104/150104001/150104001002/";
    public static final String SHIZHONG = "/51/5111/511102/";

    private RulesFixtures() {
    }

    /** Loads the test divisions (provinces to committees of Yuquan and Leshan) once; a second call changes nothing. */
    public static void divisions(DivisionImporter importer) {
        Path dir = Path.of("src/test/resources/divisions");
        List<SourceFile> files = List.of("provinces.csv", "cities.csv", "counties.csv", "streets.csv", "committees.csv")
                .stream().map(f -> SourceFile.of(dir.resolve(f))).toList();
        ImportResult result = importer.importFiles(files, (phase, done, total) -> { });
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("test divisions: " + result.problems());
        }
    }

    /** Someone signed in at a division, as pages and use cases see them. */
    public static CurrentUser user(String username, Role role, Division at) {
        return new User(username, role, at.id(), new DataScope(at.path()));
    }

    /**
     * Sets a rule's value for a region (a division's code) from a date (today or later), as that
     * region's district administrator does on the rule book page; answers the stored row's id.
     * Tests then move the {@code TestClock} to the date, never the row.
     */
    public static long set(BeanFactory beans, Rule<?> rule, String subject, String regionCode, String value, LocalDate from) {
        Division region = division(beans.getBean(Divisions.class), regionCode);
        RuleRow row = beans.getBean(RuleEditing.class).set(
                new SetRuleValue(rule.key(), subject, regionCode, value, from, "测试", ""),
                user("rules-test", Role.DISTRICT_ADMIN, region));
        return row.id();
    }

    /** Withdraws a value {@link #set} stored, while it is still to come (put the clock back first). */
    public static void cancel(BeanFactory beans, long id, String regionCode) {
        Division region = division(beans.getBean(Divisions.class), regionCode);
        beans.getBean(RuleEditing.class).cancel(id, user("rules-test", Role.DISTRICT_ADMIN, region));
    }

    public static Division division(Divisions divisions, String code) {
        return divisions.findByCode(code).orElseThrow();
    }

    private record User(String username, Role role, long divisionId, DataScope scope) implements CurrentUser {

        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String displayName() {
            return username;
        }
    }
}
