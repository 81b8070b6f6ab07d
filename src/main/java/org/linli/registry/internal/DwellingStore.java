package org.linli.registry.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.linli.registry.DwellingUse;
import org.linli.registry.Tenure;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code dwelling} table: rooms at standard addresses. */
@Component
public class DwellingStore {

    private final JdbcClient jdbc;

    DwellingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Dwelling(long id, long buildingId, String divisionPath, String address, String road, String houseNumber, int entrance,
                           String room, DwellingUse use, BigDecimal floorAreaM2, Tenure tenure) {
    }

    public Optional<Dwelling> ofHousehold(long householdId, DataScope scope) {
        return jdbc.sql("""
                        SELECT d.id, d.building_id, d.division_path, d.address, d.road, d.house_number, d.entrance, d.room, d.use,
                               d.floor_area_m2, d.tenure
                        FROM dwelling d JOIN household h ON h.dwelling_id = d.id
                        WHERE h.id = :h AND d.division_path LIKE :prefix || '%'""")
                .param("h", householdId).param("prefix", scope.prefix())
                .query(Dwelling.class).optional();
    }

    public void update(long id, DwellingUse use, BigDecimal area, Tenure tenure, OffsetDateTime now) {
        jdbc.sql("UPDATE dwelling SET use = :u, floor_area_m2 = :a, tenure = :t, updated_at = :now WHERE id = :id")
                .param("now", now).param("u", use.name()).param("a", area).param("t", tenure.name()).param("id", id)
                .update();
    }

    /** The dwelling at a room of a building's entrance, created if new; a vacant one becomes residential. */
    public long atRoom(long buildingId, String buildingPath, int entrance, String room, String road, String number,
                       String address) {
        jdbc.sql("""
                        INSERT INTO dwelling (building_id, division_path, road, house_number, entrance, room, address)
                        VALUES (:b, :path, :road, :number, :entrance, :room, :address)
                        ON CONFLICT (building_id, entrance, room) DO NOTHING""")
                .param("b", buildingId).param("path", buildingPath).param("road", road).param("number", number)
                .param("entrance", entrance).param("room", room).param("address", address).update();
        long dwelling = jdbc.sql("SELECT id FROM dwelling WHERE building_id = :b AND entrance = :e AND room = :r")
                .param("b", buildingId).param("e", entrance).param("r", room).query(Long.class).single();
        jdbc.sql("UPDATE dwelling SET use = 'RESIDENTIAL' WHERE id = :id AND use = 'VACANT'").param("id", dwelling).update();
        return dwelling;
    }
}
