package org.linli.registry.buildings;

import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dwellings of a building as the browse pages read them: per entrance, each room with its
 * open households and how many of their members live there. A room with no open household whose
 * members live there is vacant, whatever its recorded use. Every read binds the scope's prefix.
 */
@Component
class RoomStore {

    /** A room's floor, read from its number as rooms are numbered here ("302", "0302", "1201"); null when it isn't. */
    private static final String FLOOR = "CASE WHEN d.room ~ '^[0-9]{3,4}$' THEN CAST(d.room AS integer) / 100 END";

    private final JdbcClient jdbc;

    RoomStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One room and one of its open households (none: {@code householdId} null), with the living members. */
    record RoomRow(long dwellingId, int entrance, String room, Integer floor, String use, Long householdId,
                   String head, int living) {
    }

    record EntranceRow(int entrance, int rooms, int occupied, int people) {
    }

    List<EntranceRow> entrances(long buildingId, DataScope scope) {
        return jdbc.sql("""
                        SELECT d.entrance, count(*) AS rooms, count(*) FILTER (WHERE o.living > 0) AS occupied,
                               coalesce(sum(o.living), 0) AS people
                        FROM dwelling d
                        LEFT JOIN LATERAL (SELECT count(*) AS living FROM household h JOIN resident r ON r.household_id = h.id
                                           WHERE h.dwelling_id = d.id AND h.closed_on IS NULL AND r.status = 'LIVING') o ON true
                        WHERE d.building_id = :b AND d.division_path LIKE :prefix || '%'
                        GROUP BY d.entrance ORDER BY d.entrance""")
                .param("b", buildingId).param("prefix", scope.prefix())
                .query(EntranceRow.class).list();
    }

    List<RoomRow> rooms(long buildingId, int entrance, DataScope scope) {
        return jdbc.sql("SELECT d.id AS dwelling_id, d.entrance, d.room, " + FLOOR + """
                         AS floor, d.use, h.id AS household_id, m.head, coalesce(m.living, 0) AS living
                        FROM dwelling d
                        LEFT JOIN household h ON h.dwelling_id = d.id AND h.closed_on IS NULL
                        LEFT JOIN LATERAL (SELECT count(*) AS living,
                                                  (array_agg(r.name ORDER BY r.relation = 'HEAD' DESC, r.birth_date))[1] AS head
                                           FROM resident r WHERE r.household_id = h.id AND r.status = 'LIVING') m ON true
                        WHERE d.building_id = :b AND d.entrance = :e AND d.division_path LIKE :prefix || '%'
                        ORDER BY floor DESC NULLS LAST, length(d.room), d.room, h.id""")
                .param("b", buildingId).param("e", entrance).param("prefix", scope.prefix())
                .query(RoomRow.class).list();
    }
}
