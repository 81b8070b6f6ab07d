package org.linli.linkage;

/**
 * What a need, a resource or a project is about. NeedsAndResources are matched to resources of the same kind,
 * so one list serves all three.
 */
public enum ServiceKind {
    ELDERLY("养老助老"),
    CHILDREN("儿童关爱"),
    DISABILITY("助残服务"),
    HEALTH("健康医疗"),
    EMPLOYMENT("就业帮扶"),
    CULTURE("文体活动"),
    ENVIRONMENT("环境美化"),
    LEGAL("法律服务"),
    OTHER("其他");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
