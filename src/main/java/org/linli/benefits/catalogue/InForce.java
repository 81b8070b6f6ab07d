package org.linli.benefits.catalogue;

/** A benefit with the version of its rule in force on a day. */
public record InForce(Benefit benefit, RuleVersion version) {
}
