package org.linli.deliberation.topics;

/** Where a topic stands: waiting for pre-review, one of the review's outcomes, or done. */
public enum TopicStatus {
    PROPOSED("待预审"), ADMITTED("已受理，议事中"), RETURNED("退回修改"), MERGED("已合并"), REFERRED("转为诉求办理"),
    DECLINED("不予受理"), COMPLETED("已办结");

    private final String label;

    TopicStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Outcomes that the proposer must be given a reason for. */
    public boolean needsReason() {
        return this == RETURNED || this == MERGED || this == REFERRED || this == DECLINED;
    }
}
