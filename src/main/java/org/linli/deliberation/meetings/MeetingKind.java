package org.linli.deliberation.meetings;

import java.util.List;

/**
 * The meetings whose quorum and majority the law fixes, and how each counts those present.
 * Numbers are compared as integers so that "more than half" and "two thirds or more" hold
 * exactly at their boundaries.
 */
public enum MeetingKind {

    /**
     * 居民会议 (城市居民委员会组织法 art. 9): residents aged 18+, or one representative per household, or
     * the representatives of the residents' groups; held with more than half of those entitled present.
     */
    RESIDENTS_MEETING("居民会议", Threshold.MORE_THAN_HALF),

    /**
     * 村民会议 (村民委员会组织法 art. 22): more than half of villagers aged 18+ present, or
     * representatives of two thirds or more of the households.
     */
    VILLAGERS_MEETING("村民会议", Threshold.MORE_THAN_HALF),

    /** 村民代表会议 (art. 26): two thirds or more of its members present. */
    VILLAGERS_REPRESENTATIVES_MEETING("村民代表会议", Threshold.TWO_THIRDS_OR_MORE),

    /**
     * 居民代表会议: the urban law leaves it to local rules; Linli's default follows the residents'
     * meeting (more than half of the representatives present).
     */
    RESIDENTS_REPRESENTATIVES_MEETING("居民代表会议", Threshold.MORE_THAN_HALF),

    /** 两委联席会议: a body of the committees' members; more than half present. */
    JOINT_COMMITTEES_MEETING("两委联席会议", Threshold.MORE_THAN_HALF),

    /**
     * 小区议事会: an estate's (courtyard's) council for its own affairs such as installing a lift
     * ([004 七], [000 15]); no law fixes its quorum, so Linli's default is more than half of its members.
     */
    ESTATE_COUNCIL("小区议事会", Threshold.MORE_THAN_HALF);

    /** How many of those entitled must be present. */
    public enum Threshold {
        MORE_THAN_HALF("过半数"), TWO_THIRDS_OR_MORE("三分之二以上");

        private final String label;

        Threshold(String label) {
            this.label = label;
        }

        public boolean met(long present, long entitled) {
            return switch (this) {
                case MORE_THAN_HALF -> 2 * present > entitled;
                case TWO_THIRDS_OR_MORE -> 3 * present >= 2 * entitled;
            };
        }

        public String label() {
            return label;
        }

        /** The share in words: 半数, 三分之二. */
        public String share() {
            return this == MORE_THAN_HALF ? "半数" : "三分之二";
        }

        /**
         * How the minutes say the share was met: "more than half" is passed (超过半数), "two thirds
         * or more" is reached (达到三分之二) — exactly two thirds is enough, and is not "more than".
         */
        public String reached() {
            return this == MORE_THAN_HALF ? "超过半数" : "达到三分之二";
        }
    }

    private final String label;
    private final Threshold quorum;

    MeetingKind(String label, Threshold quorum) {
        this.label = label;
        this.quorum = quorum;
    }

    public String label() {
        return label;
    }

    public Threshold quorum() {
        return quorum;
    }

    /**
     * The meetings that may decide a matter the catalogue puts before this body: the body itself,
     * and for a representatives' meeting also the meeting of all those it represents, which may
     * always take back what it entrusts to its representatives (村民委员会组织法 art. 21, 26).
     */
    public List<MeetingKind> deciders() {
        return switch (this) {
            case RESIDENTS_REPRESENTATIVES_MEETING -> List.of(this, RESIDENTS_MEETING);
            case VILLAGERS_REPRESENTATIVES_MEETING -> List.of(this, VILLAGERS_MEETING);
            default -> List.of(this);
        };
    }
}
