/**
 * Emergencies (应急): each community's plans from templates by kind of community, drills, reserves
 * with their expiry, the emergency network (committee, police, grid workers, property staff,
 * volunteers) with duties, and the mobilisation list drawn from the registry — the residents who
 * need help to leave, by building and floor, their contacts masked until an emergency is declared
 * for the place; a declaration (audited, with an end) reveals the list to the network, tells them,
 * and records who was reached.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Emergency",
        allowedDependencies = {"division", "registry", "access", "audit", "notice", "rules"})
package org.linli.emergency;
