package org.linli.volunteers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The volunteer table, with each volunteer's certified minutes and time-bank balance read beside them. */
@Repository
class VolunteerStore {

    /** A new volunteer's row. */
    record NewVolunteer(long committeeId, String committeePath, Long residentId, Long accountId, String name, byte[] phoneCipher,
                        byte[] phoneHash, String phoneMask, String[] skills, LocalDate on, String by) {
    }

    private static final String SELECT = """
            SELECT v.id, v.committee_id, v.committee_path, v.resident_id, v.account_id, v.name, v.phone_mask, v.skills, v.status,
                   v.registered_on,
                   (SELECT coalesce(sum(a.minutes), 0) FROM volunteer_attendance a WHERE a.volunteer_id = v.id AND a.status = 'CERTIFIED')
                       AS certified,
                   (SELECT coalesce(sum(b.minutes), 0) FROM volunteer_bank_entry b WHERE b.volunteer_id = v.id) AS balance
              FROM volunteer v
            """;

    private final JdbcClient jdbc;

    VolunteerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewVolunteer v) {
        return jdbc.sql("""
                        INSERT INTO volunteer (committee_id, committee_path, resident_id, account_id, name, phone_cipher, phone_hash, phone_mask,
                                               skills, registered_on, registered_by)
                        VALUES (:committeeId, :committeePath, :residentId, :accountId, :name, :cipher, :hash, :mask, CAST(:skills AS text[]), :on, :by)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .param("committeeId", v.committeeId()).param("committeePath", v.committeePath()).param("residentId", v.residentId())
                .param("accountId", v.accountId()).param("name", v.name()).param("cipher", v.phoneCipher())
                .param("hash", v.phoneHash()).param("mask", v.phoneMask()).param("skills", v.skills()).param("on", v.on())
                .param("by", v.by())
                .query(Long.class).optional().orElse(-1L);
    }

    Optional<Volunteer> find(long id, String prefix) {
        return jdbc.sql(SELECT + " WHERE v.id = :id AND v.committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", prefix).query(VolunteerStore::row).optional();
    }

    /** The volunteer an account is: registered by the account, or tied to the resident it is bound to. */
    Optional<Volunteer> ofAccount(long accountId, Long residentId) {
        return jdbc.sql(SELECT + " WHERE v.account_id = :account OR (CAST(:resident AS bigint) IS NOT NULL AND v.resident_id = :resident)"
                        + " ORDER BY (v.account_id = :account) DESC NULLS LAST LIMIT 1")
                .param("account", accountId).param("resident", residentId).query(VolunteerStore::row).optional();
    }

    boolean residentTaken(long residentId) {
        return jdbc.sql("SELECT count(*) FROM volunteer WHERE resident_id = :r").param("r", residentId).query(Long.class).single() > 0;
    }

    /** Binds a volunteer the committee registered to the account of the resident they are (on their first visit). */
    void bindAccount(long volunteerId, long accountId) {
        jdbc.sql("UPDATE volunteer SET account_id = :a WHERE id = :id AND account_id IS NULL AND NOT EXISTS "
                        + "(SELECT 1 FROM volunteer o WHERE o.account_id = :a)")
                .param("a", accountId).param("id", volunteerId).update();
    }

    /** The filter of the staff list: in the reach, with a skill, a name starting so, a status (blank: any). */
    record Filter(String prefix, String skill, String name, String status) {

        String where() {
            return " WHERE v.committee_path LIKE :prefix || '%'"
                    + (skill.isEmpty() ? "" : " AND :skill = ANY (v.skills)")
                    + (name.isEmpty() ? "" : " AND strpos(v.name, :name) = 1")
                    + (status.isEmpty() ? "" : " AND v.status = :status");
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            spec = spec.param("prefix", prefix);
            if (!skill.isEmpty()) {
                spec = spec.param("skill", skill);
            }
            if (!name.isEmpty()) {
                spec = spec.param("name", name);
            }
            return status.isEmpty() ? spec : spec.param("status", status);
        }
    }

    List<Volunteer> list(Filter filter, int offset, int limit) {
        return filter.bind(jdbc.sql(SELECT + filter.where() + " ORDER BY v.committee_path, v.name, v.id OFFSET :offset LIMIT :limit"))
                .param("offset", offset).param("limit", limit).query(VolunteerStore::row).list();
    }

    long count(Filter filter) {
        return filter.bind(jdbc.sql("SELECT count(*) FROM volunteer v" + filter.where())).query(Long.class).single();
    }

    /** Locks the volunteer's row, so two debits of the same balance wait for each other. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM volunteer WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    private static Volunteer row(ResultSet rs, int n) throws SQLException {
        return new Volunteer(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_path"),
                (Long) rs.getObject("resident_id"), (Long) rs.getObject("account_id"), rs.getString("name"), rs.getString("phone_mask"),
                Skill.read((String[]) rs.getArray("skills").getArray()), rs.getString("status"),
                rs.getObject("registered_on", LocalDate.class), rs.getLong("certified"), rs.getLong("balance"));
    }
}
