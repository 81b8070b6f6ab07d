/**
 * The rule book (规则手册): rules that differ by region and change over time — time limits, thresholds, frequencies —
 * declared by the modules that apply them, with the law's or practice's value as the national default, and set by
 * district administrators for their region from a date on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules", allowedDependencies = {"division", "audit"})
package org.linli.rules;
