package org.linli.notice;

import java.util.Set;

/**
 * Which departments an account acts for, so that a notice addressed to a department reaches its
 * members. The module that keeps departments implements it; the notice module reads no other
 * module's tables.
 */
public interface Memberships {

    Set<Long> departmentsOf(long accountId);
}
