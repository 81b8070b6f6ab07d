/**
 * Community services (社区服务): each committee's service catalogue and the facilities around it,
 * the 15-minute life circle (each committee's share of households within a walk of each kind of
 * facility, and the gaps), and errands done for residents (代办 · 帮办) from request to rating.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services",
        allowedDependencies = {"division", "division::sizing", "registry", "deliberation", "audit", "notice", "rules",
                "casework::calendar"})
package org.linli.services;
