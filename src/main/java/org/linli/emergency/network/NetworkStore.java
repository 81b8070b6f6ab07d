package org.linli.emergency.network;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.registry.PersonalData.SealedPhone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link Network}. */
@Component
class NetworkStore {

    /** A member's sealed phone, for a text message to someone without an account. */
    record Reachable(long id, String name, Long accountId, byte[] phoneCipher, String phoneMask) {
    }

    private final JdbcClient jdbc;

    NetworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Member> list(String committeePath) {
        return jdbc.sql("""
                        SELECT id, committee_path, name, role, duty, coalesce(phone_mask, '') AS phone_mask, account_id,
                               NULL AS account_name
                        FROM emergency_member WHERE committee_path = :c ORDER BY role, id""")
                .param("c", committeePath).query(Member.class).list();
    }

    List<Reachable> reachable(String committeePath) {
        return jdbc.sql("SELECT id, name, account_id, phone_cipher, phone_mask FROM emergency_member WHERE committee_path = :c ORDER BY id")
                .param("c", committeePath).query(Reachable.class).list();
    }

    boolean isMember(String committeePath, long accountId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM emergency_member WHERE committee_path = :c AND account_id = :a)")
                .param("c", committeePath).param("a", accountId).query(Boolean.class).single();
    }

    /** The committees whose network the account belongs to. */
    List<String> committeesOf(long accountId) {
        return jdbc.sql("SELECT committee_path FROM emergency_member WHERE account_id = :a")
                .param("a", accountId).query(String.class).list();
    }

    long add(String committeePath, MemberForm form, SealedPhone phone, Long accountId, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO emergency_member (committee_path, name, role, duty, phone_cipher, phone_mask, account_id, created_by, created_at)
                        VALUES (:c, :name, :role, :duty, :cipher, :mask, :account, :by, :at) RETURNING id""")
                .param("c", committeePath).param("name", form.name()).param("role", form.role().name()).param("duty", form.duty())
                .param("cipher", phone == null ? null : phone.cipher()).param("mask", phone == null ? null : phone.mask())
                .param("account", accountId).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    Optional<Member> find(long id, String committeePath) {
        return list(committeePath).stream().filter(m -> m.id() == id).findFirst();
    }

    void remove(long id) {
        jdbc.sql("DELETE FROM emergency_member WHERE id = :id").param("id", id).update();
    }
}
