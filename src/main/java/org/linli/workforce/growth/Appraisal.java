package org.linli.workforce.growth;

/** A year's appraisal result (年度考核). */
public record Appraisal(long workerId, int year, Result result) {

    public enum Result {
        EXCELLENT("优秀"), COMPETENT("称职"), BASIC("基本称职"), INCOMPETENT("不称职");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
