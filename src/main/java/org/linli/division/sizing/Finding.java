package org.linli.division.sizing;

/** One rule a committee breaks: a short verdict ("拆分", "合并", …) and the reason with the numbers. */
public record Finding(Verdict verdict, String reason) {

    public enum Verdict {
        SPLIT("建议拆分", "danger"),
        MERGE("建议合并", "warning"),
        ABOVE_RANGE("规模偏大", "info"),
        AREA_SHORT("用房不足", "secondary");

        private final String label;
        private final String tone;

        Verdict(String label, String tone) {
            this.label = label;
            this.tone = tone;
        }

        public String label() {
            return label;
        }

        /** Bootstrap colour name for the badge. */
        public String tone() {
            return tone;
        }
    }
}
