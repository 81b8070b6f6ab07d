package org.linli.registry.imports;

import org.linli.division.Division;
import org.linli.registry.Registration;
import org.linli.registry.Relation;
import org.linli.registry.imports.ResidentRows.Line;
import org.linli.shared.IdNumber;

/** A row whose every cell passed: the resident to enrol or to compare with the one registered. */
record Parsed(Line line, String name, IdNumber id, String phone, String ethnicity, Registration registration,
              Relation relation, IdNumber head, Division building, int entrance, String room) {
}
