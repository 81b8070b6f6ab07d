package org.linli.deliberation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the committees' rosters. */
@Component
class RosterStore {

    /** One line of a roster: who, as what, for which residents' group (group representatives only). */
    record Entry(long residentId, RosterRole role, String groupCode) {
    }

    /** A line taken off a roster, with the committee it was on, for the audit log. */
    record Removed(long residentId, RosterRole role, String divisionPath) {
    }

    private final JdbcClient jdbc;

    RosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> entries(long committeeId, Collection<RosterRole> roles) {
        return jdbc.sql("""
                        SELECT resident_id, role, group_code FROM representative
                        WHERE committee_id = :c AND role IN (:roles) ORDER BY resident_id, role""")
                .param("c", committeeId).param("roles", roles.stream().map(Enum::name).toList()).query(Entry.class).list();
    }

    long inGroup(long committeeId, String groupCode) {
        return jdbc.sql("""
                        SELECT count(*) FROM representative
                        WHERE committee_id = :c AND role = 'GROUP_REPRESENTATIVE' AND group_code = :g""")
                .param("c", committeeId).param("g", groupCode).query(Long.class).single();
    }

    boolean insert(Division committee, RosterRole role, long residentId, String groupCode, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO representative (committee_id, role, resident_id, group_code, division_path, added_by, added_at)
                        VALUES (:c, :role, :r, :g, :p, :by, :now) ON CONFLICT DO NOTHING""")
                .param("c", committee.id()).param("role", role.name()).param("r", residentId).param("g", groupCode)
                .param("p", committee.path()).param("by", by).param("now", now).update() > 0;
    }

    boolean delete(long committeeId, RosterRole role, long residentId) {
        return jdbc.sql("DELETE FROM representative WHERE committee_id = :c AND role = :role AND resident_id = :r")
                .param("c", committeeId).param("role", role.name()).param("r", residentId).update() > 0;
    }

    /** Takes the resident off every roster (they moved away or died). */
    List<Removed> removeEverywhere(long residentId) {
        return jdbc.sql("DELETE FROM representative WHERE resident_id = :r RETURNING resident_id, role, division_path")
                .param("r", residentId).query(Removed.class).list();
    }

    /** Takes the resident off the rosters of committees whose area no longer holds {@code path} (they moved within the registry). */
    List<Removed> removeOutside(long residentId, String path) {
        return jdbc.sql("""
                        DELETE FROM representative WHERE resident_id = :r AND NOT starts_with(:path, division_path)
                        RETURNING resident_id, role, division_path""")
                .param("r", residentId).param("path", path).query(Removed.class).list();
    }
}
