package org.linli.services.standards;

import java.math.BigDecimal;
import java.util.List;

import org.linli.services.catalogue.FacilityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the facility standards: the facilities in service of a scope, added up per place and kind. */
@Repository
class StandardsStore {

    private final JdbcClient jdbc;

    StandardsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facilities in service of one kind at one place (a committee or a street), added up. */
    record Tally(String path, FacilityKind kind, int count, BigDecimal floorAreaM2, int places, int nursingPlaces) {
    }

    /** One service centre or nursing home in service, with the numbers its own rule needs. */
    record Sized(String path, FacilityKind kind, String name, BigDecimal floorAreaM2, BigDecimal serviceAreaM2, Integer places,
                 Integer nursingPlaces) {
    }

    /** Per place and kind, the kinds the standards count, within the scope; one pass, grouped in SQL. */
    List<Tally> tallies(String prefix) {
        return jdbc.sql("""
                        SELECT committee_path, kind, count(*), coalesce(sum(floor_area_m2), 0), coalesce(sum(places), 0),
                               coalesce(sum(nursing_places), 0)
                        FROM service_facility
                        WHERE retired_on IS NULL AND committee_path LIKE :prefix || '%'
                          AND kind IN ('SERVICE_CENTRE', 'DAY_CARE', 'NURSING_HOME', 'CHILDCARE')
                        GROUP BY committee_path, kind""")
                .param("prefix", prefix)
                .query((rs, i) -> new Tally(rs.getString(1), FacilityKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** The committees of the scope a day-care centre in service serves besides its own place (wherever it is kept). */
    java.util.Set<String> servedByDayCare(String prefix) {
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT DISTINCT s.committee_path FROM day_care_serves s JOIN service_facility f ON f.id = s.facility_id
                        WHERE f.retired_on IS NULL AND f.kind = 'DAY_CARE' AND s.committee_path LIKE :prefix || '%'""")
                .param("prefix", prefix).query(String.class).list());
    }

    /** The service centres with a floor area and the nursing homes of the scope, by place and name. */
    List<Sized> sized(String prefix) {
        return jdbc.sql("""
                        SELECT committee_path, kind, name, floor_area_m2, service_area_m2, places, nursing_places
                        FROM service_facility
                        WHERE retired_on IS NULL AND committee_path LIKE :prefix || '%'
                          AND (kind = 'NURSING_HOME' OR kind = 'SERVICE_CENTRE' AND floor_area_m2 IS NOT NULL)
                        ORDER BY committee_path, kind, name, id""")
                .param("prefix", prefix)
                .query((rs, i) -> new Sized(rs.getString(1), FacilityKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getObject(6, Integer.class), rs.getObject(7, Integer.class)))
                .list();
    }
}
