package org.linli.consultation;

/**
 * Where a consultation stands, read from its deadline and report: open for comments until the
 * deadline, then waiting for answers, then done once the feedback report is published.
 */
public enum ConsultationStatus {
    OPEN("征集中"), AWAITING_ANSWERS("待答复"), REPORTED("已发布反馈");

    /** The same rule in SQL, for lists filtered by status. */
    static final String SQL = """
            CASE WHEN c.report_published_at IS NOT NULL THEN 'REPORTED' WHEN :now < c.deadline THEN 'OPEN'
                 ELSE 'AWAITING_ANSWERS' END""";

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
