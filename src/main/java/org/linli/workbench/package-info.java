/**
 * Each role's home page: what waits for the signed-in person today.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench", allowedDependencies = {"division", "division::sizing", "access", "casework", "deliberation"})
package org.linli.workbench;
