package org.linli.registry.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.registry.ResidentRules.RuleField;

/** The names a rule may use, with their meaning in Chinese and an example, for the editor's help. */
final class Vocabulary {

    private static final List<RuleField> FIELDS = List.of(
            new RuleField("age", "int", "周岁（匹配当日）", "age >= 80"),
            new RuleField("age_on(\"yyyy-mm-dd\")", "int", "某一日的周岁", "age_on(\"2026-12-31\") >= 60"),
            new RuleField("sex", "string", "性别：\"男\" 或 \"女\"", "sex == \"女\""),
            new RuleField("registration", "string", "户籍：LOCAL 户籍在本地，ELSEWHERE 户籍在外地，MIGRANT 流动人口",
                    "registration == \"LOCAL\""),
            new RuleField("relation", "string", "与户主关系：HEAD 户主，SPOUSE 配偶，CHILD 子女，PARENT 父母，"
                    + "GRANDCHILD 孙子女，SIBLING 兄弟姐妹，OTHER 其他", "relation == \"HEAD\""),
            new RuleField("tags", "list(string)", "当日持有的标签代码（含按年龄自动得到的 AGED_60、AGED_80）",
                    "\"DISABLED\" in tags"),
            new RuleField("grade(\"标签代码\")", "int", "标签详情里写的等级：一级为 1 … 四级为 4，没有为 0",
                    "grade(\"DISABLED\") <= 2"),
            new RuleField("members", "list", "同户的其他在住成员，每人有 age、sex、relation、tags",
                    "members.exists(m, \"SUBSISTENCE\" in m.tags)"),
            new RuleField("members.all(m, …)", "bool", "同户其他成员全都满足（没有其他成员时为真）",
                    "members.all(m, m.age >= 60 || m.age < 18)"),
            new RuleField("members.exists_one(m, …)", "bool", "同户其他成员中恰好一人满足",
                    "members.exists_one(m, m.relation == \"SPOUSE\")"),
            new RuleField("size(members)", "int", "同户其他在住成员的人数", "size(members) == 0"),
            new RuleField("household_size", "int", "户内在住人数（含本人）", "household_size >= 3"),
            new RuleField("within(\"统计代码\")", "bool", "住在该区划（街道、社区）之内", "within(\"150104001002\")"));

    private Vocabulary() {
    }

    static List<RuleField> of(Map<String, TagInfo> catalogue, boolean maySeeSensitive) {
        List<RuleField> names = new ArrayList<>(FIELDS);
        catalogue.values().stream().filter(t -> maySeeSensitive || !t.sensitive())
                .forEach(t -> names.add(new RuleField(t.code(), "tag", t.name(), "\"" + t.code() + "\" in tags")));
        return names;
    }
}
