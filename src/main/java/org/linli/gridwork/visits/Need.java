package org.linli.gridwork.visits;

/**
 * A need found on a visit: noted, turned into a case (requested of the case loop, then opened with
 * its number), or kept as a service need for the services to come.
 */
public record Need(long id, long visitId, Kind kind, String text, Handling handling, State state, String caseCategory,
                   Long caseId, String caseNumber) {

    /** The request key by which the case loop answers for this need. */
    public String requestKey() {
        return Needs.KEY_PREFIX + id;
    }

    public enum Kind {
        CARE("生活照料"), HEALTH("医疗健康"), HOUSING("住房安全"), INCOME("经济困难"), POLICY("政策咨询"), COMPANY("精神慰藉"),
        OTHER("其他");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What becomes of the need. */
    public enum Handling {
        NOTED("仅记录"), CASE("转为诉求案件"), SERVICE("服务需求");

        private final String label;

        Handling(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum State {
        OPEN("待处理"), CASE_REQUESTED("已提交案件"), CASE_OPENED("已立案"), SERVICE_OPEN("待服务");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
