/**
 * Work-item admission and burden reduction (事项准入 · 减负): each district's four lists (duties by
 * law, assistance to government, the negative list, certificates communities must not issue), the
 * departments' applications to place work on committees and their review, the certificates refused
 * at the counter, and the inventory of plaques, ledgers, appraisals, inspections and letters each
 * committee carries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work items",
        allowedDependencies = {"casework", "division", "audit", "notice"})
package org.linli.workitems;
