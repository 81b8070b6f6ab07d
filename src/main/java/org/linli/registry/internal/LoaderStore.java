package org.linli.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Bulk loading: ids reserved from the sequences in one step, rows streamed with COPY. */
@Component
public class LoaderStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    LoaderStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Takes {@code count} ids of a sequence at once; returns the first. */
    public long reserve(String sequence, long count) {
        if (count == 0) {
            return 0;
        }
        long last = jdbc.sql("SELECT setval(:seq, nextval(:seq) + :n - 1)").param("seq", sequence).param("n", count)
                .query(Long.class).single();
        return last - count + 1;
    }

    public void copyDwellings(CharSequence csv) {
        copy("COPY dwelling (id, building_id, division_path, road, house_number, entrance, room, address, use, "
                + "floor_area_m2, tenure) FROM STDIN (FORMAT csv)", csv);
    }

    public void copyHouseholds(CharSequence csv) {
        copy("COPY household (id, dwelling_id, division_path) FROM STDIN (FORMAT csv)", csv);
    }

    public void copyResidents(CharSequence csv) {
        copy("COPY resident (id, household_id, division_path, name, id_cipher, id_hash, id_region_hash, id_last4_hash, birth_date, "
                + "sex, phone_cipher, phone_hash, phone_first3, phone_last4, ethnicity, registration, relation) "
                + "FROM STDIN (FORMAT csv)", csv);
    }

    /** Fresh planner statistics after a bulk load. */
    public void analyze() {
        jdbc.sql("ANALYZE dwelling").update();
        jdbc.sql("ANALYZE household").update();
        jdbc.sql("ANALYZE resident").update();
    }

    private void copy(String sql, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
