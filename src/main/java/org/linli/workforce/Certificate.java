package org.linli.workforce;

/**
 * The social-work certificate (社会工作者职业资格), from none to senior; it brings a professional
 * allowance (职业津贴) and grades, both by the pay table.
 */
public enum Certificate {
    NONE("无"),
    ASSISTANT("助理社会工作师"),
    SOCIAL_WORKER("社会工作师"),
    SENIOR("高级社会工作师");

    private final String label;

    Certificate(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
