package org.linli.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.linli.registry.LivingStatus;
import org.linli.registry.Registration;
import org.linli.registry.Relation;
import org.linli.registry.ResidentView;
import org.linli.shared.Sex;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a {@link ResidentView} from a row of {@link #COLUMNS}. The region and last four of the ID
 * number are no longer kept in clear beside the ciphertext (issue #11): they are opened from it
 * here, where the masked form is made.
 */
public final class ResidentViews {

    /** The columns a view needs, on resident {@code r} and dwelling {@code d}. */
    public static final String COLUMNS = """
            r.id, r.household_id, r.division_path, r.name, r.id_cipher, r.birth_date, r.sex, r.phone_first3, r.phone_last4,
            r.ethnicity, r.registration, r.status, r.relation, d.address, r.version""";

    private ResidentViews() {
    }

    public static RowMapper<ResidentView> mapper(Vault vault) {
        return (rs, i) -> view(rs, vault);
    }

    static ResidentView view(ResultSet rs, Vault vault) throws SQLException {
        String id = vault.decrypt(rs.getBytes("id_cipher"));
        return new ResidentView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("division_path"),
                rs.getString("name"), id.substring(0, 6), id.substring(14), rs.getObject("birth_date", LocalDate.class),
                Sex.valueOf(rs.getString("sex")), rs.getString("phone_first3"), rs.getString("phone_last4"),
                rs.getString("ethnicity"), Registration.valueOf(rs.getString("registration")),
                LivingStatus.valueOf(rs.getString("status")), Relation.valueOf(rs.getString("relation")),
                rs.getString("address"), rs.getInt("version"));
    }
}
