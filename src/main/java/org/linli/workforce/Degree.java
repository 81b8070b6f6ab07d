package org.linli.workforce;

/** The highest degree (学历); a higher one may raise the grade by the pay table's steps. */
public enum Degree {
    SECONDARY("高中（中专）及以下"),
    COLLEGE("大专"),
    BACHELOR("本科"),
    MASTER("研究生");

    private final String label;

    Degree(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
