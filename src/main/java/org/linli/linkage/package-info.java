/**
 * The five-party linkage (五社联动): each committee's lists of residents' needs, community resources
 * and service projects matched to each other; community social organisations filed with the
 * street; social workers with their certificates and projects; the community fund's ledger,
 * published on a public page.
 *
 * <p>Publishes {@link org.linli.linkage.ProjectFinished} when a project's result is recorded; the
 * disclosure module posts it on the committee's board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Five-party linkage",
        allowedDependencies = {"division", "audit"})
package org.linli.linkage;
