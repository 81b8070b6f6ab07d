/**
 * Grid work (网格走访): the grid worker's patrols with their coverage against the region's rule,
 * visits to the special groups at the frequency each tag asks, and the committee's monthly grid
 * meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid work",
        allowedDependencies = {"registry", "casework", "division", "rules", "access", "audit"})
package org.linli.gridwork;
