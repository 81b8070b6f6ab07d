package org.linli.workitems;

/** What a department asks committees to carry; a report template is admitted like any task. */
public enum WorkItemKind {
    TASK("工作任务"),
    REPORT("报表"),
    LEDGER("台账"),
    PLAQUE("挂牌"),
    APPRAISAL("考核评比"),
    INSPECTION("督查检查"),
    LETTER("责任书");

    private final String label;

    WorkItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
