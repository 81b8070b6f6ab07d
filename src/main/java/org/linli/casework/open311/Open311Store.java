package org.linli.casework.open311;

import org.linli.registry.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of what a client told of a case's reporter ({@code case_open311}). */
@Repository
class Open311Store {

    private final JdbcClient jdbc;

    Open311Store(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, Reporter r, PersonalData.SealedPhone email, PersonalData.SealedPhone phone) {
        jdbc.sql("""
                        INSERT INTO case_open311 (case_id, first_name, last_name, email, email_hash, email_mask, phone, phone_hash,
                            phone_mask, device_id, account_id, media_url)
                        VALUES (:c, :first, :last, :email, :eh, :em, :phone, :ph, :pm, :device, :account, :media)""")
                .param("c", caseId).param("first", blankNull(r.firstName())).param("last", blankNull(r.lastName()))
                .param("email", email == null ? null : email.cipher()).param("eh", email == null ? null : email.hash())
                .param("em", email == null ? null : email.mask())
                .param("phone", phone == null ? null : phone.cipher()).param("ph", phone == null ? null : phone.hash())
                .param("pm", phone == null ? null : phone.mask())
                .param("device", blankNull(r.deviceId())).param("account", blankNull(r.accountId()))
                .param("media", blankNull(r.mediaUrl())).update();
    }

    private static String blankNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
