/**
 * Accounts and sign-in: one person, one role, one division node that bounds what they see (data scope); lock-out, passwords, and the audit page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"division", "audit"})
package org.linli.access;
