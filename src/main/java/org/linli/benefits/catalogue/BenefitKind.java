package org.linli.benefits.catalogue;

/** What a benefit is to the residents it finds. */
public enum BenefitKind {
    /** A payment residents apply for (an allowance, a subsidy): those found are told and helped to apply. */
    ALLOWANCE("津贴补贴"),
    /** A periodic review of those already receiving something (低保年审, 特困复核): those found are due for it. */
    REVIEW("年审复核");

    private final String label;

    BenefitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
