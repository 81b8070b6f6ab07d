/**
 * Disclosure (居村务公开): what each committee must disclose and how often, postings on the public
 * board, the resolutions owed a posting at once, and the street's view of what is overdue. How
 * often and how soon each kind of matter is disclosed are rules of the rule book. It implements
 * deliberation's {@code Board} and watches its {@code ResolutionPassed} events, and posts the result of each finished
 * community project ({@code linkage.ProjectFinished}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure", allowedDependencies = {"division", "audit", "deliberation", "rules", "linkage"})
package org.linli.disclosure;
