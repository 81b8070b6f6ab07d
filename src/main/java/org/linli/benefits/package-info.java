/**
 * Benefits that find the residents entitled to them (政策找人): a catalogue of benefits per region
 * with versioned eligibility rules over the registry, the rosters of those enrolled, and the
 * outreach tasks for the residents who match and are not enrolled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benefits",
        allowedDependencies = {"registry", "division", "audit"})
package org.linli.benefits;
