package org.linli.emergency.mobilisation;

import java.util.Arrays;
import java.util.List;

import org.linli.registry.TaggedResidents.Wanted;

/**
 * Who needs help to leave, by the registry's tags: the old living alone (living alone counts from
 * 60), the disabled, the bedridden, and children left alone at home (留守儿童).
 */
enum Need {
    LIVING_ALONE("LIVING_ALONE", 60, "独居老人"),
    DISABLED("DISABLED", 0, "残疾人"),
    BEDRIDDEN("BEDRIDDEN", 0, "失能卧床"),
    CHILD_ALONE("LEFT_BEHIND_CHILD", 0, "留守儿童");

    private final String tag;
    private final int fromAge;
    private final String label;

    Need(String tag, int fromAge, String label) {
        this.tag = tag;
        this.fromAge = fromAge;
        this.label = label;
    }

    static List<Wanted> wanted() {
        return Arrays.stream(values()).map(n -> new Wanted(n.tag, n.fromAge)).toList();
    }

    /** Whether a resident holding these tags (age tags included) needs help to leave. */
    static boolean any(List<org.linli.registry.TaggedResidents.HeldTag> held) {
        boolean aged = held.stream().anyMatch(t -> t.code().equals("AGED_60"));
        return held.stream().anyMatch(t -> Arrays.stream(values())
                .anyMatch(n -> n.tag.equals(t.code()) && (n.fromAge == 0 || (n.fromAge == 60 && aged))));
    }

    static String label(String tag) {
        return Arrays.stream(values()).filter(n -> n.tag.equals(tag)).map(n -> n.label).findFirst().orElse(tag);
    }
}
