package org.linli.emergency.network;

/** A member of a committee's emergency network; the phone masked, the account when they sign in. */
public record Member(long id, String committeePath, String name, MemberRole role, String duty, String phoneMask,
                     Long accountId, String accountName) {

    Member withAccountName(String name) {
        return new Member(id, committeePath, this.name, role, duty, phoneMask, accountId, name);
    }
}
