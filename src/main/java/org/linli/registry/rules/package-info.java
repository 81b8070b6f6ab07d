/**
 * Eligibility rules over the registry ({@link org.linli.registry.ResidentRules}): CEL checked against
 * the rule language, written into one SQL query for bulk matching and evaluated in memory for one
 * resident, with the same reasons either way.
 */
package org.linli.registry.rules;
