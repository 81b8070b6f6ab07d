package org.linli.benefits.catalogue;

/** A benefit of the standard catalogue ({@link StandardCatalogue}) before a region adopts it. */
public record StandardBenefit(String code, String name, BenefitKind kind, String amount, String basis, String authority,
                              int sort, String rule) {
}
