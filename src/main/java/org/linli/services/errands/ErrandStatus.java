package org.linli.services.errands;

import java.util.List;
import java.util.Map;

/**
 * Where an errand stands, and the steps a worker may take from each: taken (受理), documents
 * received from the resident, submitted to the office, documents returned, and done or failed.
 * Receiving and returning may be skipped (an errand needs no documents); done and failed end it.
 */
public enum ErrandStatus {
    ASKED("待受理", "已提出"),
    TAKEN("已受理", "受理"),
    RECEIVED("已收材料", "收取材料"),
    SUBMITTED("已报送", "报送办理部门"),
    RETURNED("已退还材料", "退还材料"),
    DONE("已办结", "办结"),
    FAILED("未办成", "未办成");

    private static final Map<ErrandStatus, List<ErrandStatus>> NEXT = Map.of(
            ASKED, List.of(TAKEN),
            TAKEN, List.of(RECEIVED, SUBMITTED, DONE, FAILED),
            RECEIVED, List.of(SUBMITTED, RETURNED, DONE, FAILED),
            SUBMITTED, List.of(RETURNED, DONE, FAILED),
            RETURNED, List.of(DONE, FAILED),
            DONE, List.of(),
            FAILED, List.of());

    private final String label;
    private final String step;

    ErrandStatus(String label, String step) {
        this.label = label;
        this.step = step;
    }

    /** How the errand is described while it stands here (已受理). */
    public String label() {
        return label;
    }

    /** How the step that leads here is named on a button and in the log (受理). */
    public String step() {
        return step;
    }

    public List<ErrandStatus> next() {
        return NEXT.get(this);
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    /** Steps that record documents changing hands. */
    public boolean documents() {
        return this == RECEIVED || this == RETURNED;
    }
}
