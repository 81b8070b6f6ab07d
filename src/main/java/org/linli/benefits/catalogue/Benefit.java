package org.linli.benefits.catalogue;

import java.time.OffsetDateTime;

import org.linli.shared.CurrentUser;
import org.linli.shared.Role;

/**
 * A benefit of a region's catalogue (高龄津贴, 低保年审, …): declared for a division path, paid or
 * reviewed by an authority on a basis in law or policy; its eligibility rule is versioned
 * ({@link RuleVersion}). It applies to every resident living under its region.
 */
public record Benefit(long id, String code, String name, String regionPath, BenefitKind kind, String amount, String basis,
                      String authority, int sort, OffsetDateTime createdAt, String createdBy) {

    /** Whether the benefit applies to someone living at {@code divisionPath}. */
    public boolean covers(String divisionPath) {
        return divisionPath != null && divisionPath.startsWith(regionPath);
    }

    /** Only the district administrators of the benefit's region write its rule; everyone else reads it. */
    public boolean editableBy(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN && user.scope().covers(regionPath);
    }
}
