/**
 * The case loop (接诉即办 / 吹哨报到): intake from every channel, the state machine with its log, time limits on the working calendar, summons of departments, extensions, ratings, figures and Open311.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework", allowedDependencies = {"division", "audit", "registry", "notice"})
package org.linli.casework;
