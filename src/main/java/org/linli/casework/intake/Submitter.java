package org.linli.casework.intake;

import org.linli.shared.DataScope;
import org.linli.shared.Role;

/**
 * Who submits a case: staff, a signed-in resident, a resident known only by phone number, or
 * another system through Open311 with its API key. {@code scope} limits the places they may name;
 * {@code session} tells an anonymous resident's submissions apart from everyone else's, so that
 * a repeated submission key finds only that browser's own earlier case.
 */
public record Submitter(String actor, Role role, DataScope scope, Long accountId, Long apiKeyId, String session) {

    public Submitter(String actor, Role role, DataScope scope, Long accountId, Long apiKeyId) {
        this(actor, role, scope, accountId, apiKeyId, null);
    }

    public static Submitter staff(org.linli.shared.CurrentUser user) {
        return new Submitter(user.username(), user.role(), user.scope(), user.accountId(), null);
    }

    /** The same submitter, known by the browser session it submits from. */
    public Submitter inSession(String sessionId) {
        return new Submitter(actor, role, scope, accountId, apiKeyId, sessionId);
    }

    public boolean anonymous() {
        return accountId == null && apiKeyId == null;
    }
}
