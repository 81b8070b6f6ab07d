package org.linli.workforce;

/**
 * The three posts of 三岗十八级: the committee's principal officers (secretary and director, often one
 * person), their deputies, and the members and other full-time community workers. Training is due
 * yearly for principals and every two years for the others ([002] 七).
 */
public enum Post {
    PRINCIPAL("正职", "书记、主任"),
    DEPUTY("副职", "副书记、副主任"),
    MEMBER("委员及其他", "两委委员及其他专职社区工作者");

    private final String label;
    private final String who;

    Post(String label, String who) {
        this.label = label;
        this.who = who;
    }

    public String label() {
        return label;
    }

    public String who() {
        return who;
    }

    /** Secretaries and directors, whose training the rule book wants more often. */
    public boolean isPrincipal() {
        return this == PRINCIPAL;
    }
}
