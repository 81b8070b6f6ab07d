/**
 * Volunteers (志愿服务): volunteers registered with their committee (tied to the registry when they
 * live there) and their skills, activities with sign-up and sign-in/out by the code shown at the
 * activity, hours counted and certified, the time bank, and each committee's figures.
 *
 * <p>Publishes {@link org.linli.volunteers.VolunteerHoursCertified} when an attendance's hours are
 * certified; the conventions module awards points for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers",
        allowedDependencies = {"division", "registry", "deliberation", "audit", "rules"})
package org.linli.volunteers;
