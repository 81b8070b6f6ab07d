package org.linli.services.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the facilities. */
@Repository
class FacilityStore {

    private static final String COLUMNS = """
            SELECT f.id, f.committee_id, f.committee_path, f.kind, f.name, f.address, f.hours, f.latitude, f.longitude, f.retired_on,
                   f.floor_area_m2, f.service_area_m2, f.places, f.nursing_places
            FROM service_facility f""";

    private final JdbcClient jdbc;

    FacilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The committee's facilities in service (or every one, retired too), by kind and name. */
    List<Facility> of(String committeePath, boolean withRetired) {
        return jdbc.sql(COLUMNS + " WHERE f.committee_path = :p AND (:all OR f.retired_on IS NULL) ORDER BY f.kind, f.name, f.id")
                .param("p", committeePath).param("all", withRetired).query(FacilityStore::facility).list();
    }

    /** The facility, when its committee lies in the scope. */
    Optional<Facility> find(long id, String prefix) {
        return jdbc.sql(COLUMNS + " WHERE f.id = :id AND f.committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", prefix).query(FacilityStore::facility).optional();
    }

    long insert(long committeeId, String committeePath, FacilityKind kind, FacilityForm form, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO service_facility (committee_id, committee_path, kind, name, address, hours, latitude, longitude,
                                                      floor_area_m2, service_area_m2, places, nursing_places, saved_by, saved_at)
                        VALUES (:c, :p, :kind, :name, :address, :hours, :lat, :lon, :floor, :service, :places, :nursing, :by, :at)
                        RETURNING id""")
                .param("c", committeeId).param("p", committeePath).param("kind", kind.name()).param("name", form.name().strip())
                .param("address", blank(form.address())).param("hours", blank(form.hours()))
                .param("lat", form.latitude()).param("lon", form.longitude()).param("floor", form.floorAreaM2())
                .param("service", form.serviceAreaM2()).param("places", form.places()).param("nursing", form.nursingPlaces())
                .param("by", by).param("at", at)
                .query(Long.class).single();
    }

    void update(long id, FacilityKind kind, FacilityForm form, String by, OffsetDateTime at) {
        jdbc.sql("""
                        UPDATE service_facility SET kind = :kind, name = :name, address = :address, hours = :hours,
                               latitude = :lat, longitude = :lon, floor_area_m2 = :floor, service_area_m2 = :service,
                               places = :places, nursing_places = :nursing, saved_by = :by, saved_at = :at WHERE id = :id""")
                .param("id", id).param("kind", kind.name()).param("name", form.name().strip())
                .param("address", blank(form.address())).param("hours", blank(form.hours()))
                .param("lat", form.latitude()).param("lon", form.longitude()).param("floor", form.floorAreaM2())
                .param("service", form.serviceAreaM2()).param("places", form.places()).param("nursing", form.nursingPlaces())
                .param("by", by).param("at", at).update();
    }

    void retire(long id, LocalDate on, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE service_facility SET retired_on = :on, saved_by = :by, saved_at = :at WHERE id = :id AND retired_on IS NULL")
                .param("id", id).param("on", on).param("by", by).param("at", at).update();
    }

    /** The floor areas of the place's service centres in service, added up (0 when none has one). */
    BigDecimal serviceArea(String path) {
        return jdbc.sql("""
                        SELECT coalesce(sum(floor_area_m2), 0) FROM service_facility
                        WHERE committee_path = :p AND kind = 'SERVICE_CENTRE' AND retired_on IS NULL""")
                .param("p", path).query(BigDecimal.class).single();
    }

    /** The committees a day-care centre serves besides its own place, by path. */
    List<String> serves(long id) {
        return jdbc.sql("SELECT committee_path FROM day_care_serves WHERE facility_id = :id ORDER BY committee_path")
                .param("id", id).query(String.class).list();
    }

    void replaceServes(long id, java.util.Collection<String> paths) {
        jdbc.sql("DELETE FROM day_care_serves WHERE facility_id = :id").param("id", id).update();
        for (String path : paths) {
            jdbc.sql("INSERT INTO day_care_serves (facility_id, committee_path) VALUES (:id, :p)").param("id", id).param("p", path).update();
        }
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Facility facility(ResultSet rs, int n) throws SQLException {
        return new Facility(rs.getLong(1), rs.getLong(2), rs.getString(3), FacilityKind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getDouble(9), rs.getObject(10, LocalDate.class),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getObject(13, Integer.class), rs.getObject(14, Integer.class));
    }
}
