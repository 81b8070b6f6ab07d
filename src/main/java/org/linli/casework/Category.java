package org.linli.casework;

/**
 * A kind of case in the maintained catalogue: whether passing a limit escalates the case by
 * itself, and the department a street usually summons for it. Its time limits are rules of the
 * rule book with the category as their subject, in force per region and date.
 */
public record Category(String code, String name, boolean autoEscalate, String defaultDepartment, boolean active) {
}
