package org.linli.volunteers.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time bank's ledger: credits for certified attendances (one each), debits for services received. */
@Repository
class BankStore {

    private final JdbcClient jdbc;

    BankStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void credit(long volunteerId, int minutes, String reason, long attendanceId, OffsetDateTime now, String by) {
        jdbc.sql("""
                        INSERT INTO volunteer_bank_entry (volunteer_id, minutes, reason, attendance_id, recorded_at, recorded_by)
                        VALUES (:v, :m, :reason, :attendance, :now, :by) ON CONFLICT (attendance_id) DO NOTHING""")
                .param("v", volunteerId).param("m", minutes).param("reason", reason).param("attendance", attendanceId)
                .param("now", now).param("by", by).update();
    }

    void debit(long volunteerId, int minutes, String reason, OffsetDateTime now, String by) {
        jdbc.sql("""
                        INSERT INTO volunteer_bank_entry (volunteer_id, minutes, reason, recorded_at, recorded_by)
                        VALUES (:v, :m, :reason, :now, :by)""")
                .param("v", volunteerId).param("m", -minutes).param("reason", reason).param("now", now).param("by", by).update();
    }

    long balance(long volunteerId) {
        return jdbc.sql("SELECT coalesce(sum(minutes), 0) FROM volunteer_bank_entry WHERE volunteer_id = :v")
                .param("v", volunteerId).query(Long.class).single();
    }

    List<BankEntry> entries(long volunteerId, int limit) {
        return jdbc.sql("""
                        SELECT id, minutes, reason, recorded_at, recorded_by FROM volunteer_bank_entry WHERE volunteer_id = :v
                         ORDER BY recorded_at DESC, id DESC LIMIT :limit""")
                .param("v", volunteerId).param("limit", limit)
                .query((rs, n) -> new BankEntry(rs.getLong(1), rs.getInt(2), rs.getString(3), Zoned.read(rs, 4),
                        rs.getString(5))).list();
    }
}
