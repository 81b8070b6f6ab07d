package org.linli.reports.templates;

/** Where a template stands: drafted, waiting for admission, admitted (may be requested), refused. */
public enum TemplateStatus {
    DRAFT("草稿"),
    PENDING("准入审核中"),
    ADMITTED("已准入"),
    REFUSED("不予准入");

    private final String label;

    TemplateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A template is edited only before it is applied for, or after a refusal (to apply again). */
    public boolean editable() {
        return this == DRAFT || this == REFUSED;
    }
}
