package org.linli.services.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the service catalogue. */
@Repository
class ServiceCatalogueStore {

    private static final String COLUMNS = """
            SELECT s.id, s.committee_id, s.committee_path, s.title, s.category, s.description, s.provider, s.facility_id, f.name,
                   s.place, s.hours, s.documents, s.errand, s.errand_days, s.retired_on
            FROM service_item s LEFT JOIN service_facility f ON f.id = s.facility_id""";

    private final JdbcClient jdbc;

    ServiceCatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the committee's services whose title, category or provider contains the words. */
    List<ServiceItem> of(String committeePath, String words, boolean withRetired, int offset, int limit) {
        return jdbc.sql(COLUMNS + " WHERE " + FILTER + " ORDER BY s.retired_on IS NOT NULL, s.category, s.title, s.id LIMIT :limit OFFSET :offset")
                .param("p", committeePath).param("q", words).param("all", withRetired).param("limit", limit).param("offset", offset)
                .query(ServiceCatalogueStore::item).list();
    }

    int count(String committeePath, String words, boolean withRetired) {
        return jdbc.sql("SELECT count(*) FROM service_item s WHERE " + FILTER)
                .param("p", committeePath).param("q", words).param("all", withRetired).query(Integer.class).single();
    }

    private static final String FILTER = """
            s.committee_path = :p AND (:all OR s.retired_on IS NULL)
            AND (:q = '' OR strpos(s.title, :q) > 0 OR strpos(s.category, :q) > 0 OR strpos(s.provider, :q) > 0)""";

    /** The services in force at the committee's facilities (for the map), by facility and title. */
    List<ServiceItem> atFacilities(String committeePath) {
        return jdbc.sql(COLUMNS + " WHERE s.committee_path = :p AND s.retired_on IS NULL AND s.facility_id IS NOT NULL ORDER BY s.facility_id, s.title")
                .param("p", committeePath).query(ServiceCatalogueStore::item).list();
    }

    Optional<ServiceItem> find(long id, String prefix) {
        return jdbc.sql(COLUMNS + " WHERE s.id = :id AND s.committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", prefix).query(ServiceCatalogueStore::item).optional();
    }

    long insert(long committeeId, String committeePath, ServiceForm form, String by, OffsetDateTime at) {
        return bind(jdbc.sql("""
                        INSERT INTO service_item (committee_id, committee_path, title, category, description, provider, facility_id, place,
                                                  hours, documents, errand, errand_days, saved_by, saved_at)
                        VALUES (:c, :p, :title, :category, :description, :provider, :facility, :place, :hours, :documents, :errand,
                                :days, :by, :at) RETURNING id"""), form, by, at)
                .param("c", committeeId).param("p", committeePath).query(Long.class).single();
    }

    void update(long id, ServiceForm form, String by, OffsetDateTime at) {
        bind(jdbc.sql("""
                        UPDATE service_item SET title = :title, category = :category, description = :description, provider = :provider,
                               facility_id = :facility, place = :place, hours = :hours, documents = :documents, errand = :errand,
                               errand_days = :days, saved_by = :by, saved_at = :at WHERE id = :id"""), form, by, at)
                .param("id", id).update();
    }

    void retire(long id, LocalDate on, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE service_item SET retired_on = :on, saved_by = :by, saved_at = :at WHERE id = :id AND retired_on IS NULL")
                .param("id", id).param("on", on).param("by", by).param("at", at).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ServiceForm form, String by, OffsetDateTime at) {
        return sql.param("title", form.title().strip()).param("category", form.category().strip())
                .param("description", FacilityStore.blank(form.description())).param("provider", form.provider().strip())
                .param("facility", form.facilityId()).param("place", form.place().strip()).param("hours", form.hours().strip())
                .param("documents", FacilityStore.blank(form.documents())).param("errand", form.runsAsErrand())
                .param("days", form.runsAsErrand() ? form.errandDays() : null).param("by", by).param("at", at);
    }

    private static ServiceItem item(ResultSet rs, int n) throws SQLException {
        return new ServiceItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), (Long) rs.getObject(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getBoolean(13), (Integer) rs.getObject(14), rs.getObject(15, LocalDate.class));
    }
}
