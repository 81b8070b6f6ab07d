package org.linli.workitems;

/**
 * Published when a reviewer decides an application (or the negative list refuses it at once), so
 * the module that applied ({@code sourceRef}) can follow without reading this module's tables.
 */
public record WorkItemDecided(long workItemId, String sourceRef, AdmissionStatus status, String reason) {
}
