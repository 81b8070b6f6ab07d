package org.linli.workitems.burden;

/** What a committee carries that the burden inventory counts (减负). */
public enum BurdenKind {
    PLAQUE("挂牌"),
    LEDGER("报表台账"),
    APPRAISAL("考核评比"),
    INSPECTION("督查检查"),
    LETTER("责任书");

    private final String label;

    BurdenKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
