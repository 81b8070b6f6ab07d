package org.linli.volunteers.internal;

import java.util.Arrays;
import java.util.List;

/** What a volunteer can do and an activity needs; stored by name, shown by label. */
public enum Skill {
    ELDER_CARE("助老陪护"),
    MEDICAL("医疗护理"),
    TUTORING("教育辅导"),
    LEGAL("法律咨询"),
    REPAIR("家电维修"),
    ENVIRONMENT("环境保护"),
    CULTURE("文体活动"),
    PSYCHOLOGY("心理疏导"),
    CIVILITY("文明劝导"),
    DRIVING("驾驶");

    private final String label;

    Skill(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<Skill> all() {
        return Arrays.asList(values());
    }

    /** The skills stored by name, unknown names left out. */
    public static List<Skill> read(String[] names) {
        return names == null ? List.of() : Arrays.stream(names).flatMap(n -> all().stream().filter(s -> s.name().equals(n))).toList();
    }

    static String[] names(List<Skill> skills) {
        return skills == null ? new String[0] : skills.stream().distinct().map(Enum::name).toArray(String[]::new);
    }

    public static String labels(List<Skill> skills) {
        return String.join("、", skills.stream().map(Skill::label).toList());
    }
}
