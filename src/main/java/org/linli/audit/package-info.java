/**
 * The audit log (审计日志): an append-only record of sign-ins, changes and every reveal of personal data, written in the transaction of what it records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {})
package org.linli.audit;
