package org.linli.conventions.points;

/** What a rule's points are counted per: each occurrence, or each hour of certified volunteer service. */
public enum Per {
    OCCURRENCE("每次"),
    VOLUNTEER_HOUR("每志愿服务小时");

    private final String label;

    Per(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
