package org.linli.deliberation;

import java.util.List;

import org.linli.division.Kind;

/**
 * What a committee's roster lists: its representatives (居民代表 / 村民代表), the members of a
 * villagers' committee, who sit in the villagers' representatives' meeting beside the
 * representatives (村民委员会组织法 art. 25), and the representatives each residents' group
 * elects to the residents' meeting (城市居民委员会组织法 art. 9).
 */
public enum RosterRole {
    REPRESENTATIVE("代表名册"), COMMITTEE_MEMBER("村委会成员名单"), GROUP_REPRESENTATIVE("居民小组代表名册");

    /** Most representatives one residents' group elects to the residents' meeting (art. 9: two or three). */
    public static final int PER_GROUP = 3;

    private final String list;

    RosterRole(String list) {
        this.list = list;
    }

    /** The list's name: 代表名册, 村委会成员名单, 居民小组代表名册. */
    public String list() {
        return list;
    }

    /** Who is listed, in the committee's words. */
    public String label(Kind committee) {
        boolean village = committee == Kind.VILLAGERS_COMMITTEE;
        return switch (this) {
            case REPRESENTATIVE -> village ? "村民代表" : "居民代表";
            case COMMITTEE_MEMBER -> "村民委员会成员";
            case GROUP_REPRESENTATIVE -> "居民小组代表";
        };
    }

    /** The rosters a committee keeps: members only in a village, group representatives only in a residents' committee. */
    public static List<RosterRole> of(Kind committee) {
        return committee == Kind.VILLAGERS_COMMITTEE ? List.of(REPRESENTATIVE, COMMITTEE_MEMBER)
                : List.of(REPRESENTATIVE, GROUP_REPRESENTATIVE);
    }
}
