/**
 * Deliberation (议事协商): topics, procedures, meetings and votes under the two organic laws.
 * The rules of quorum and majority come first, as plain values every channel (in person, online)
 * applies the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deliberation", allowedDependencies = {"division", "audit", "registry", "access", "casework", "consultation"})
package org.linli.deliberation;
