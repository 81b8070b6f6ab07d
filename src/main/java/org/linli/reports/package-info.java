/**
 * Smart reports (智慧报表, 一套表): departments' report templates whose fields are measures of the
 * shared catalogue or values to type, admitted like any work item; requests that reach each
 * committee pre-filled from its own data, corrected with reasons, approved level by level, and
 * consolidated in the department's own layout; and the finder of fields that ask the same thing twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = {"workitems", "casework", "division", "audit", "notice"})
package org.linli.reports;
