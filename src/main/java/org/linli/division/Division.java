package org.linli.division;

/** One node of the hierarchy as other modules and pages see it. */
public record Division(long id, String code, String name, Level level, Kind kind, Long parentId, String path,
                       int childCount, int descendantCount, String address, Integer floors, Integer entrances) {

    public String levelLabel() {
        return kind != null ? kind.label() : level.label();
    }

    public boolean isPlace() {
        return level == Level.GRID || level == Level.ESTATE || level == Level.BUILDING;
    }
}
