package org.linli.casework.intake;

import org.linli.shared.DataScope;
import org.linli.shared.Role;

/**
 * Who submits a case: staff, a signed-in resident, a resident known only by phone number, or
 * another system through Open311 with its API key. {@code scope} limits the places they may name.
 */
public record Submitter(String actor, Role role, DataScope scope, Long accountId, Long apiKeyId) {

    public static Submitter staff(org.linli.shared.CurrentUser user) {
        return new Submitter(user.username(), user.role(), user.scope(), user.accountId(), null);
    }

    public boolean anonymous() {
        return accountId == null && apiKeyId == null;
    }
}
