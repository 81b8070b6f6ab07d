/**
 * Conventions and points (居民公约 · 村规民约 · 积分制): a convention drafted through public
 * consultation, adopted by a meeting's resolution and filed with the street or township; points per
 * household and per person under the committee's rules, every award and deduction logged with its
 * reason and open to the person's contest; red and black lists published only after notice and the
 * appeal period; star civilised households (星级文明户) appraised yearly.
 *
 * <p>Consumes {@code volunteers.VolunteerHoursCertified} (points for volunteer hours) and
 * {@code deliberation.ResolutionPassed} (a convention's adoption).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conventions and points",
        allowedDependencies = {"division", "registry", "deliberation", "consultation", "volunteers", "audit", "notice", "rules"})
package org.linli.conventions;
