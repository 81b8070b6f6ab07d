package org.linli.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.RuleField;
import org.linli.shared.Refusal;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/** A bad rule is refused on field {@code rule} in Chinese, at the line and column of its first problem. */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = TwoCommittees.OWN_DATABASE)
class RuleRefusalsTest {

    @Autowired
    ResidentRules rules;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    TwoCommittees world;

    @BeforeEach
    void world() {
        world = TwoCommittees.load(jdbc, importer, places, divisions);
    }

    @ParameterizedTest(name = "{0} → {1} at {2}:{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            agee > 3                                   | undeclared    | 1 | 1
            age >= 80 &&\\n  agee < 90                 | undeclared    | 2 | 3
            members.all(m, m.agee > 3)                 | no-field      | 1 | 17
            age >=                                     | syntax        | 1 | 7
            age > "x"                                  | overload      | 1 | 5
            age + 1                                    | not-boolean   | 1 | 5
            "NOPE" in tags                             | unknown-tag   | 1 | 1
            "DISABLED" in tags && grade(DISABLED) > 1  | undeclared    | 1 | 29
            "DISABLED" in [registration]               | list-literal  | 1 | 16
            registration == "local"                    | value         | 1 | 17
            m.age > 3                                  | undeclared    | 1 | 1
            sex < "女"                                 | string-order  | 1 | 5
            size(tags) > 0                             | unsupported   | 1 | 5
            tags == ["DISABLED"]                       | unsupported   | 1 | 6
            age / (age - 80) > 0                       | divide        | 1 | 12
            age * 1.5 > 3                              | overload      | 1 | 5
            members.map(m, m.age).size() > 0           | comprehension | 1 | 12
            tags.exists(t, t == "DISABLED")            | comprehension | 1 | 12
            members.exists(m, m)                       | overload      | 1 | 15
            members.exists(m, m.tags == tags)          | unsupported   | 1 | 26
            sex.startsWith("女")                       | unsupported   | 1 | 15
            age_on("2026-02-30") > 3                   | date          | 1 | 8
            within("999999999999")                     | division      | 1 | 8
            within("150104002002")                     | division      | 1 | 8
            """)
    void aBadRuleIsRefusedWhereItIsWrong(String source, String key, int line, int column) {
        assertThatThrownBy(() -> rules.compile(source.replace("\\n", "\n"), world.gridWorker()))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("registry.rule." + key);
                    assertThat(r.field()).contains("rule");
                    assertThat(r.args()).startsWith(line, column);
                });
    }

    @Test
    void theMessageNamesTheLineAndColumnInChinese() {
        assertThat(message(() -> rules.compile("registration == \"LOCAL\" && agee >= 80", world.admin())))
                .isEqualTo("第 1 行第 28 列：未知的字段 agee");
        assertThat(message(() -> rules.compile("age > \"八十\"", world.admin())))
                .isEqualTo("第 1 行第 5 列：> 不能用于 整数、文本");
        assertThat(message(() -> rules.compile("", world.admin()))).isEqualTo("请写出规则");
        assertThat(message(() -> rules.compile("age > 1 || ".repeat(200) + "true", world.admin())))
                .isEqualTo("规则最多 2000 个字符，现在是 2204 个");
    }

    @Test
    void aGridWorkerCannotNameATagTheyMayNotSee() {
        String source = "age >= 18 && \"COMMUNITY_CORRECTION\" in tags";
        assertThatThrownBy(() -> rules.compile(source, world.gridWorker()))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("registry.rule.tag-hidden");
                    assertThat(r.args()).startsWith(1, 14);
                    // refused as a tag that does not exist, so the refusal does not tell it exists
                    assertThat(messages.getMessage(r.key(), r.args(), Locale.CHINA))
                            .isEqualTo("第 1 行第 14 列：没有标签 COMMUNITY_CORRECTION");
                });
        assertThatThrownBy(() -> rules.compile("members.exists(m, \"DRUG_REHAB\" in m.tags)", world.gridWorker()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("registry.rule.tag-hidden"));
        assertThatThrownBy(() -> rules.compile("grade(\"SEVERE_MENTAL\") > 0", world.gridWorker()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("registry.rule.tag-hidden"));
        assertThat(rules.compile(source, world.admin()).source()).isEqualTo(source);
    }

    @Test
    void theVocabularyListsOnlyWhatTheAuthorMaySee() {
        assertThat(rules.vocabulary(world.gridWorker())).extracting(RuleField::name)
                .contains("age", "age_on(\"yyyy-mm-dd\")", "tags", "grade(\"标签代码\")", "members", "household_size",
                        "within(\"统计代码\")", "DISABLED", "AGED_80")
                .doesNotContain("COMMUNITY_CORRECTION", "SEVERE_MENTAL");
        assertThat(rules.vocabulary(world.admin())).extracting(RuleField::name).contains("COMMUNITY_CORRECTION");
        assertThat(rules.vocabulary(world.admin())).filteredOn(f -> f.name().equals("DISABLED")).singleElement()
                .satisfies(f -> assertThat(f.label()).isEqualTo("残疾人"));
    }

    private String message(Runnable call) {
        try {
            call.run();
        } catch (Refusal r) {
            return messages.getMessage(r.key(), r.args(), Locale.CHINA);
        }
        throw new AssertionError("not refused");
    }

}
