package org.linli.shared;

/**
 * The signed-in person as every module sees them: who, in which role, limited to which scope.
 * The access module's principal implements it, so other modules need not depend on access.
 */
public interface CurrentUser {

    long accountId();

    String username();

    String displayName();

    Role role();

    long divisionId();

    DataScope scope();
}
