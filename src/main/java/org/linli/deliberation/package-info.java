/**
 * Deliberation (议事协商): topics, procedures, meetings and votes under the two organic laws.
 * The rules of quorum and majority come first, as plain values every channel (in person, online)
 * applies the same way.
 *
 * <p>The face other modules use: {@link org.linli.deliberation.ResolutionPassed} (published when a
 * meeting passes a topic), {@link org.linli.deliberation.Board} (the disclosure board a topic's
 * resolution and result are posted on, implemented by the disclosure module), the rosters and
 * bindings the demo fills ({@link org.linli.deliberation.Representatives},
 * {@link org.linli.deliberation.Bindings}, {@link org.linli.deliberation.Person}) and the
 * implementation tasks the home pages list ({@link org.linli.deliberation.Implementation},
 * {@link org.linli.deliberation.Task}), and its rules in the rule book
 * ({@link org.linli.deliberation.DeliberationRules}). It tells a task's owner by a {@code notice.Notice}. Everything else lives in the sub-packages by use case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deliberation",
        allowedDependencies = {"division", "audit", "registry", "access", "casework", "consultation", "rules", "notice"})
package org.linli.deliberation;
