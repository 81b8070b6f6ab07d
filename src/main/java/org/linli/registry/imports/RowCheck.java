package org.linli.registry.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.linli.division.Division;
import org.linli.registry.Phone;
import org.linli.registry.Registration;
import org.linli.registry.Relation;
import org.linli.registry.imports.ResidentRows.Line;
import org.linli.shared.IdNumber;

/**
 * The checks every row of an import passes, cell by cell, and the enrolment form with it (its
 * fields carry the template's column names). Errors come back by column, in column order. Rows
 * are checked in file order, so a repeated ID number names the first line that had it.
 */
final class RowCheck {

    private final LocalDate today;
    private final Function<String, Optional<Division>> buildings;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param buildings the building of a code within the user's scope; null to leave the building
     *                  and the entrance's range unchecked (the form's own checks, before a building is known)
     */
    RowCheck(LocalDate today, Function<String, Optional<Division>> buildings) {
        this.today = today;
        this.buildings = buildings;
    }

    /** The errors of the row by column; the row itself when there are none. */
    record Outcome(Parsed row, Map<String, Reason> errors) {
    }

    Outcome check(Line line) {
        Map<String, Reason> errors = new LinkedHashMap<>();
        String name = name(line.get("姓名"), errors);
        IdNumber id = idNumber(line.get("身份证号"), "身份证号", errors);
        if (id != null && seen.containsKey(id.value())) {
            errors.put("身份证号", new Reason("registry.row.id-number.repeated", seen.get(id.value())));
        } else if (id != null) {
            seen.put(id.value(), line.number());
        }
        String phone = line.get("手机号");
        if (!phone.isEmpty() && Phone.problem(phone) != null) {
            errors.put("手机号", new Reason("registry.phone.invalid", Phone.problem(phone)));
        }
        String ethnicity = line.get("民族").isEmpty() ? "汉族" : line.get("民族");
        if (!Ethnicities.isKnown(ethnicity)) {
            errors.put("民族", new Reason("registry.row.ethnicity"));
        }
        Registration registration = byLabel(Registration.values(), line.get("户籍"), Registration::label);
        if (registration == null) {
            errors.put("户籍", new Reason("registry.row.registration"));
        }
        Relation relation = byLabel(Relation.values(), line.get("与户主关系"), Relation::label);
        if (relation == null) {
            errors.put("与户主关系", new Reason("registry.row.relation"));
        }
        IdNumber head = idNumber(line.get("户主身份证号"), "户主身份证号", errors);
        if (relation == Relation.HEAD && id != null && head != null && !head.equals(id)) {
            errors.put("户主身份证号", new Reason("registry.row.head.self"));
        }
        Division building = building(line.get("楼栋编码"), errors);
        int entrance = entrance(line.get("单元"), building, errors);
        String room = line.get("户室");
        if (!room.matches("[0-9A-Za-z-]{1,10}")) {
            errors.put("户室", new Reason("registry.row.room"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        return new Outcome(new Parsed(line, name, id, phone.isEmpty() ? null : phone, ethnicity, registration, relation,
                head, building, entrance, room), errors);
    }

    private static String name(String name, Map<String, Reason> errors) {
        if (name.isEmpty()) {
            errors.put("姓名", new Reason("registry.row.name.required"));
        } else if (name.length() > 50) {
            errors.put("姓名", new Reason("registry.row.name.too-long"));
        } else if (!PersonNames.isWellFormed(name)) {
            errors.put("姓名", new Reason("registry.row.name.characters"));
        }
        return name;
    }

    private IdNumber idNumber(String text, String column, Map<String, Reason> errors) {
        String reason = IdNumber.problem(text.toUpperCase(), today);
        if (reason != null) {
            errors.put(column, new Reason("registry.id-number.invalid", reason));
            return null;
        }
        return IdNumber.parse(text);
    }

    private Division building(String code, Map<String, Reason> errors) {
        if (buildings == null) {
            return null;
        }
        Division building = buildings.apply(code).orElse(null);
        if (building == null) {
            errors.put("楼栋编码", code.isEmpty() ? new Reason("registry.row.building.required")
                    : new Reason("registry.row.building.unknown", code));
        }
        return building;
    }

    private static int entrance(String text, Division building, Map<String, Reason> errors) {
        int entrance;
        try {
            entrance = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.put("单元", new Reason("registry.row.entrance.integer"));
            return 0;
        }
        if (building != null && entrance != 0 && (entrance < 1 || entrance > building.entrances())) {
            errors.put("单元", new Reason("registry.row.entrance.range", building.entrances(), building.name()));
        }
        return entrance;
    }

    private static <E> E byLabel(E[] values, String label, Function<E, String> labelOf) {
        for (E value : values) {
            if (labelOf.apply(value).equals(label)) {
                return value;
            }
        }
        return null;
    }
}
