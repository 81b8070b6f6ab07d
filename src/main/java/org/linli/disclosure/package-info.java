/**
 * Disclosure (居村务公开): what each committee must disclose and how often, postings on the public
 * board, and the street's view of what is overdue. The law's defaults come first as plain values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure", allowedDependencies = {"division", "audit", "deliberation"})
package org.linli.disclosure;
