package org.linli.registry.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.linli.registry.Registration;
import org.linli.registry.Relation;

/**
 * Why a resident matches, in words built from the fields the rule reads ("年龄 86；户籍在本地",
 * "标签 残疾人（肢体一级）；同户 低保"). SQL and memory both hand over the same {@link Shown} facts,
 * so a match has the same reason however it was found.
 */
final class Reasons {

    /**
     * What a reason may show of a match: the resident, the details of the recorded tags the rule
     * names that they hold, the recorded tags the rule names that other members hold, the other
     * members' birth dates (when the rule reads members) and the living members counted.
     */
    record Shown(Person resident, Map<String, List<String>> details, Set<String> memberTags, List<LocalDate> memberBirths,
                 long householdSize) {
    }

    private Reasons() {
    }

    static String of(CompiledRule rule, Shown shown, LocalDate day) {
        Reads reads = rule.reads();
        Person r = shown.resident();
        List<String> parts = new ArrayList<>();
        long age = Ages.on(r.birthDate(), day);
        if (reads.age()) {
            parts.add("年龄 " + age);
        }
        reads.ageOn().forEach(on -> parts.add(on + " 时 " + Ages.on(r.birthDate(), on) + " 岁"));
        if (reads.sex()) {
            parts.add("性别 " + r.sexLabel());
        }
        if (reads.registration()) {
            parts.add(Registration.valueOf(r.registration()).label());
        }
        if (reads.relation()) {
            parts.add("与户主关系 " + Relation.valueOf(r.relation()).label());
        }
        String own = tags(rule, reads.tags(), code -> shown.details().containsKey(code), age, shown.details());
        if (!own.isEmpty()) {
            parts.add("标签 " + own);
        }
        if (reads.memberAge()) {
            parts.add(shown.memberBirths().isEmpty() ? "无同户成员" : "同户年龄 " + shown.memberBirths().stream()
                    .map(b -> Ages.on(b, day)).sorted(Comparator.reverseOrder()).map(String::valueOf)
                    .collect(Collectors.joining("、")));
        }
        String members = memberTags(rule, shown, day);
        if (!members.isEmpty()) {
            parts.add("同户 " + members);
        }
        if (reads.householdSize()) {
            parts.add("户内 " + shown.householdSize() + " 人");
        }
        reads.within().forEach((code, path) -> {
            if (r.divisionPath().startsWith(path)) {
                parts.add("住在 " + code + " 内");
            }
        });
        return String.join("；", parts);
    }

    private static String tags(CompiledRule rule, Set<String> named, Predicate<String> recorded, long age,
                               Map<String, List<String>> details) {
        return named.stream().map(rule.tags()::get)
                .filter(t -> t.derived() ? age >= t.years() : recorded.test(t.code()))
                .sorted(Comparator.comparingInt(TagInfo::sort))
                .map(t -> t.name() + detail(details.getOrDefault(t.code(), List.of())))
                .collect(Collectors.joining("、"));
    }

    private static String detail(List<String> details) {
        List<String> written = details.stream().filter(d -> d != null && !d.isBlank()).sorted().distinct().toList();
        return written.isEmpty() ? "" : "（" + String.join("、", written) + "）";
    }

    private static String memberTags(CompiledRule rule, Shown shown, LocalDate day) {
        return rule.reads().memberTags().stream().map(rule.tags()::get)
                .filter(t -> t.derived()
                        ? shown.memberBirths().stream().anyMatch(b -> Ages.on(b, day) >= t.years())
                        : shown.memberTags().contains(t.code()))
                .sorted(Comparator.comparingInt(TagInfo::sort))
                .map(TagInfo::name)
                .collect(Collectors.joining("、"));
    }
}
