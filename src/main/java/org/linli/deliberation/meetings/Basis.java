package org.linli.deliberation.meetings;

import java.util.List;

import org.linli.deliberation.RosterRole;
import org.linli.division.Kind;

/**
 * Who is entitled to attend and vote: each organic law names who a meeting is made of, and the
 * registry (with the committee's rosters) says who they are.
 */
public enum Basis {

    /** Residents (villagers) aged 18 or over on the meeting day, living in the committee's area. */
    PERSONS("18 周岁以上居（村）民", "人"),

    /** One vote per household, cast by any adult member who comes as its representative. */
    HOUSEHOLDS("每户一名代表", "户"),

    /**
     * The committee's roster of representatives (居民代表 / 村民代表); for a villagers'
     * representatives' meeting also the members of the villagers' committee, who sit in it
     * beside the representatives (村民委员会组织法 art. 25).
     */
    REPRESENTATIVES("居（村）民代表名册", "人"),

    /** The two or three representatives each residents' group elects (城市居民委员会组织法 art. 9). */
    GROUP_REPRESENTATIVES("居民小组代表名册", "人");

    private final String label;
    private final String unit;

    Basis(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** 人 or 户, for the counts on the screen and in the minutes. */
    public String unit() {
        return unit;
    }

    /** Whether the roll comes from the committee's rosters rather than from the whole registry. */
    public boolean fromRoster() {
        return this == REPRESENTATIVES || this == GROUP_REPRESENTATIVES;
    }

    /** The rosters a meeting of this kind on this basis is made of. */
    public List<RosterRole> rosters(MeetingKind kind) {
        return switch (this) {
            case REPRESENTATIVES -> kind == MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING
                    ? List.of(RosterRole.REPRESENTATIVE, RosterRole.COMMITTEE_MEMBER) : List.of(RosterRole.REPRESENTATIVE);
            case GROUP_REPRESENTATIVES -> List.of(RosterRole.GROUP_REPRESENTATIVE);
            default -> List.of();
        };
    }

    /** The bases a meeting kind may be made of; empty when its members are not in the registry. */
    public static List<Basis> of(MeetingKind kind) {
        return switch (kind) {
            case RESIDENTS_MEETING -> List.of(PERSONS, HOUSEHOLDS, GROUP_REPRESENTATIVES);
            case VILLAGERS_MEETING -> List.of(PERSONS, HOUSEHOLDS);
            case RESIDENTS_REPRESENTATIVES_MEETING, VILLAGERS_REPRESENTATIVES_MEETING -> List.of(REPRESENTATIVES);
            // Members of the two committees and of an estate's council are not kept in the registry.
            case JOINT_COMMITTEES_MEETING, ESTATE_COUNCIL -> List.of();
        };
    }

    /** Meetings a committee of this kind holds: residents' meetings in a residents' committee, villagers' in a village. */
    public static List<MeetingKind> kindsFor(Kind committee) {
        return committee == Kind.VILLAGERS_COMMITTEE
                ? List.of(MeetingKind.VILLAGERS_MEETING, MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING)
                : List.of(MeetingKind.RESIDENTS_MEETING, MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING);
    }
}
