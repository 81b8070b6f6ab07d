package org.linli.casework;

/** A department that streets summon (区直部门, 街道站所, utilities), placed at a division. */
public record Department(long id, String code, String name, long divisionId, String divisionPath, String divisionName,
                         boolean active) {
}
