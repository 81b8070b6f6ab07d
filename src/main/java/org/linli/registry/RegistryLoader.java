package org.linli.registry;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.linli.division.sizing.Sizing;
import org.linli.registry.internal.Vault;
import org.linli.shared.IdNumber;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading of dwellings with their households and residents (generated demo data, and later
 * imports): every ID number validated, identifiers encrypted and hashed, rows streamed with COPY.
 * Afterwards each committee's household count is handed to the sizing rules.
 */
@Service
public class RegistryLoader {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Vault vault;
    private final Sizing sizing;

    RegistryLoader(JdbcClient jdbc, DataSource dataSource, Vault vault, Sizing sizing) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.vault = vault;
        this.sizing = sizing;
    }

    public record NewResident(String name, IdNumber idNumber, String phone, String ethnicity,
                              Registration registration, Relation relation) {
    }

    /** A dwelling at a standard address; an empty household list means nobody lives there. */
    public record NewDwelling(long buildingId, String buildingPath, String road, String houseNumber, int entrance,
                              String room, String address, DwellingUse use, BigDecimal floorAreaM2, Tenure tenure,
                              List<NewResident> household) {
    }

    @Transactional
    public long load(List<NewDwelling> dwellings) {
        long dwellingId = reserve("dwelling_id_seq", dwellings.size());
        long households = dwellings.stream().filter(d -> !d.household().isEmpty()).count();
        long householdId = reserve("household_id_seq", households);
        long residents = dwellings.stream().mapToLong(d -> d.household().size()).sum();
        long residentId = reserve("resident_id_seq", residents);

        StringBuilder dwellingRows = new StringBuilder();
        StringBuilder householdRows = new StringBuilder();
        StringBuilder residentRows = new StringBuilder();
        for (NewDwelling d : dwellings) {
            long thisDwelling = dwellingId++;
            dwellingRows.append(thisDwelling).append(',').append(d.buildingId()).append(',').append(d.buildingPath())
                    .append(',').append(quote(d.road())).append(',').append(quote(d.houseNumber())).append(',')
                    .append(d.entrance()).append(',').append(quote(d.room())).append(',').append(quote(d.address()))
                    .append(',').append(d.use().name()).append(',')
                    .append(d.floorAreaM2() == null ? "" : d.floorAreaM2().toPlainString()).append(',')
                    .append(d.tenure().name()).append('\n');
            if (d.household().isEmpty()) {
                continue;
            }
            long thisHousehold = householdId++;
            householdRows.append(thisHousehold).append(',').append(thisDwelling).append(',').append(d.buildingPath()).append('\n');
            for (NewResident r : d.household()) {
                IdNumber id = r.idNumber();
                residentRows.append(residentId++).append(',').append(thisHousehold).append(',').append(d.buildingPath())
                        .append(',').append(quote(r.name())).append(',')
                        .append("\\x").append(HEX.formatHex(vault.encrypt(id.value()))).append(',')
                        .append("\\x").append(HEX.formatHex(vault.hash(id.value()))).append(',')
                        .append(id.region()).append(',').append(id.lastFour()).append(',')
                        .append(id.birthDate()).append(',').append(id.sex().name()).append(',');
                if (r.phone() != null) {
                    residentRows.append("\\x").append(HEX.formatHex(vault.encrypt(r.phone()))).append(',')
                            .append("\\x").append(HEX.formatHex(vault.hash(r.phone()))).append(',')
                            .append(r.phone(), 0, 3).append(',').append(r.phone(), 7, 11).append(',');
                } else {
                    residentRows.append(",,,,");
                }
                residentRows.append(quote(r.ethnicity())).append(',').append(r.registration().name()).append(',')
                        .append(r.relation().name()).append('\n');
            }
        }
        copy("COPY dwelling (id, building_id, division_path, road, house_number, entrance, room, address, use, "
                + "floor_area_m2, tenure) FROM STDIN (FORMAT csv)", dwellingRows);
        copy("COPY household (id, dwelling_id, division_path) FROM STDIN (FORMAT csv)", householdRows);
        copy("COPY resident (id, household_id, division_path, name, id_cipher, id_hash, id_region, id_last4, birth_date, "
                + "sex, phone_cipher, phone_hash, phone_first3, phone_last4, ethnicity, registration, relation) "
                + "FROM STDIN (FORMAT csv)", residentRows);
        return residents;
    }

    /**
     * Households per committee, counted from the registry, become the committees' sizing figures;
     * statistics are refreshed too. Callers run it once after loading, not per batch.
     */
    @Transactional
    public void feedSizing() {
        jdbc.sql("ANALYZE dwelling").update();
        jdbc.sql("ANALYZE household").update();
        jdbc.sql("ANALYZE resident").update();
        jdbc.sql("""
                        SELECT substring(division_path from '^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/)') AS committee, count(*) AS n
                        FROM household WHERE closed_on IS NULL GROUP BY 1""")
                .query((rs, i) -> {
                    sizing.recordHouseholds(rs.getString(1), rs.getInt(2));
                    return null;
                })
                .list();
    }

    /** The same for one committee, after a single change. */
    @Transactional
    public void feedSizing(String committeePath) {
        long households = jdbc.sql("SELECT count(*) FROM household WHERE closed_on IS NULL AND division_path LIKE :p || '%'")
                .param("p", committeePath).query(Long.class).single();
        sizing.recordHouseholds(committeePath, (int) households);
    }

    private long reserve(String sequence, long count) {
        if (count == 0) {
            return 0;
        }
        long last = jdbc.sql("SELECT setval(:seq, nextval(:seq) + :n - 1)").param("seq", sequence).param("n", count)
                .query(Long.class).single();
        return last - count + 1;
    }

    private void copy(String sql, StringBuilder rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
