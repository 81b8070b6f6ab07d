package org.linli.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.linli.shared.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Residents enrolled one by one or imported: found by the keyed hash of their ID number, so that a
 * second import updates instead of copying them.
 */
@Component
public class EnrolmentStore {

    private final JdbcClient jdbc;

    EnrolmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an import compares with: the stored values it may change. */
    public record Registered(long id, long householdId, String divisionPath, String name, byte[] phoneHash, String ethnicity,
                             String registration, String relation, String phoneFirst3, String phoneLast4, String status) {
    }

    /** A new resident's row; identifiers already sealed by the vault. */
    public record NewRow(long householdId, String divisionPath, String name, byte[] idCipher, byte[] idHash, byte[] idRegionHash,
                         byte[] idLast4Hash, LocalDate birthDate, Sex sex, byte[] phoneCipher, byte[] phoneHash, String phoneFirst3,
                         String phoneLast4, String ethnicity, String registration, String relation) {
    }

    public Optional<Registered> byIdHash(byte[] idHash) {
        return jdbc.sql("""
                        SELECT id, household_id, division_path, name, phone_hash, ethnicity, registration, relation,
                               phone_first3, phone_last4, status FROM resident WHERE id_hash = :h""")
                .param("h", idHash).query(Registered.class).optional();
    }

    /** The household of the resident with this ID hash, if they live below both prefixes (a committee and a scope). */
    public Optional<Long> householdOf(byte[] idHash, String committeePath, String scopePrefix) {
        return jdbc.sql("""
                        SELECT household_id FROM resident WHERE id_hash = :h
                          AND division_path LIKE :committee || '%' AND division_path LIKE :scope || '%'""")
                .param("h", idHash).param("committee", committeePath).param("scope", scopePrefix)
                .query(Long.class).optional();
    }

    public long insert(NewRow row) {
        return jdbc.sql("""
                        INSERT INTO resident (household_id, division_path, name, id_cipher, id_hash, id_region_hash, id_last4_hash,
                            birth_date, sex, phone_cipher, phone_hash, phone_first3, phone_last4, ethnicity, registration, relation)
                        VALUES (:household, :path, :name, :idc, :idh, :region, :last4, :birth, :sex, :pc, :ph, :p3, :p4,
                                :ethnicity, :registration, :relation) RETURNING id""")
                .param("household", row.householdId()).param("path", row.divisionPath()).param("name", row.name())
                .param("idc", row.idCipher()).param("idh", row.idHash()).param("region", row.idRegionHash())
                .param("last4", row.idLast4Hash()).param("birth", row.birthDate()).param("sex", row.sex().name())
                .param("pc", row.phoneCipher()).param("ph", row.phoneHash()).param("p3", row.phoneFirst3())
                .param("p4", row.phoneLast4()).param("ethnicity", row.ethnicity()).param("registration", row.registration())
                .param("relation", row.relation())
                .query(Long.class).single();
    }

    public void correct(long id, String name, String ethnicity, String registration, String relation, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE resident SET name = :name, ethnicity = :ethnicity, registration = :registration,
                               relation = :relation, version = version + 1, updated_at = :now WHERE id = :id""")
                .param("now", now).param("name", name).param("ethnicity", ethnicity).param("registration", registration)
                .param("relation", relation).param("id", id).update();
    }

    public void correctPhone(long id, byte[] cipher, byte[] hash, String first3, String last4) {
        jdbc.sql("""
                        UPDATE resident SET phone_cipher = :c, phone_hash = :h, phone_first3 = :f, phone_last4 = :l
                        WHERE id = :id""")
                .param("c", cipher).param("h", hash).param("f", first3).param("l", last4).param("id", id).update();
    }
}
