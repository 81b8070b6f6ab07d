package org.linli.gridwork.visits;

import java.time.LocalDate;
import java.util.List;

/** A visit as pages show it, with the needs found and the ids of its photos. */
public record Visit(long id, long residentId, long householdId, String divisionPath, LocalDate visitedOn, Way way, Met met,
                    String situation, List<Condition> states, List<String> tags, boolean sensitive, String visitor,
                    List<Need> needs, List<Long> photos) {

    /** How the visit was made. */
    public enum Way {
        HOME("上门"), PHONE("电话"), VIDEO("视频");

        private final String label;

        Way(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whom the visitor met. */
    public enum Met {
        SELF("本人"), FAMILY("家属"), NEIGHBOUR("邻居"), CARER("照护人员"), NOBODY("未见到人");

        private final String label;

        Met(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** States a visitor ticks beside the written situation. */
    public enum Condition {
        WELL("身体状况良好"), ATTENTION("身体状况需关注"), HARDSHIP("生活困难"), LOW_MOOD("情绪低落"), HAZARD("居住有安全隐患");

        private final String label;

        Condition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the state asks for someone's attention (shown in a warning colour). */
        public boolean worrying() {
            return this != WELL;
        }
    }
}
