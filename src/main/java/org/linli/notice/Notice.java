package org.linli.notice;

import org.linli.shared.Role;

/**
 * A notice to show in the app, published by the module whose change causes it, in that change's
 * transaction. The notice module stores it once the change has committed; the event publication
 * registry keeps it until then, so none is lost on a crash and a rolled-back change tells no one.
 * Addressed to everyone of a role at a division, to a department, or to one account.
 */
public record Notice(Role role, Long divisionId, Long departmentId, Long accountId, Long caseId, String text, String link) {

    public static Notice toRole(Role role, long divisionId, Long caseId, String text, String link) {
        return new Notice(role, divisionId, null, null, caseId, text, link);
    }

    public static Notice toDepartment(long departmentId, Long caseId, String text, String link) {
        return new Notice(null, null, departmentId, null, caseId, text, link);
    }

    public static Notice toAccount(long accountId, Long caseId, String text, String link) {
        return new Notice(null, null, null, accountId, caseId, text, link);
    }
}
