/**
 * The case loop (接诉即办 / 吹哨报到): intake from every channel, the state machine with its log, time limits on the working calendar, summons of departments, extensions, ratings, figures and Open311.
 * <p>
 * Its face: {@link org.linli.casework.Cases} (queues and the waiting counts of home pages),
 * {@link org.linli.casework.Categories} (the catalogue other modules offer), {@link org.linli.casework.Departments}
 * (set up by the demo), {@link org.linli.casework.Extensions} (requests waiting for a street), the view types, and
 * the events {@link org.linli.casework.CaseRequested} (consumed), {@link org.linli.casework.CaseOpened} and
 * {@link org.linli.casework.CaseClosed} (published). Everything else lives in {@code intake}, {@code internal},
 * {@code calendar}, {@code stats}, {@code open311} and {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"division", "audit", "registry", "notice", "access", "rules"})
package org.linli.casework;
