package org.linli.benefits.outreach;

/** A benefit as the outreach pages name it: in filters, headings and figures. */
public record BenefitChoice(long id, String code, String name) {
}
