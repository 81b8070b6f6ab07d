package org.linli.casework;

/** A department that streets summon (区直部门, 街道站所, utilities), placed at a division. */
public record Department(long id, String code, String name, long divisionId, String divisionPath, String divisionName,
                         boolean active) {

    Department named(String place) {
        return new Department(id, code, name, divisionId, divisionPath, place, active);
    }

    String divisionCode() {
        String[] codes = divisionPath.split("/");
        return codes[codes.length - 1];
    }
}
