package org.linli.conventions.points;

/** Where a contest stands: waiting for a worker, upheld (the entry stands), or the entry withdrawn. */
public enum ContestStatus {
    OPEN("待处理"),
    UPHELD("维持原记录"),
    WITHDRAWN("已撤销该记录");

    private final String label;

    ContestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
