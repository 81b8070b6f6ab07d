package org.linli.workitems.certificates;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.linli.shared.Masks;

/**
 * A recorded request with the entry it was refused under: what the notice names (the entry, its
 * basis and the authority to go to) and what the counts count (the title and the department).
 */
public record CertificateRequest(long id, String committeePath, LocalDate day, long entryId, int entryNumber, String title,
                                 String content, String basis, String authority, Long departmentId, String departmentName,
                                 String residentName, OffsetDateTime recordedAt, String recordedBy) {

    /** The resident's name as lists show it (陈**), or empty. */
    public String residentMasked() {
        return residentName == null ? "" : Masks.name(residentName);
    }
}
