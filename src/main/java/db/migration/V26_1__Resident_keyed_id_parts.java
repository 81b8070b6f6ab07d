package db.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.linli.registry.internal.Vault;

/**
 * Fills {@code resident.id_region_hash} and {@code id_last4_hash} (V26) by opening each ID number
 * with the vault's key, read as the application reads it: {@code linli.vault.key}, else the key file
 * in {@code linli.data-dir} (both handed over as Flyway placeholders by application.properties).
 * Rows are read in pages by id and updated in batches, in the migration's one transaction: every
 * row keeps its place, and V26_2 refuses to run if any row was left without its hashes.
 */
public class V26_1__Resident_keyed_id_parts extends BaseJavaMigration {

    private static final int PAGE = 2_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!anyResident(connection)) {
            return; // a new database: no key needed yet
        }
        Map<String, String> settings = context.getConfiguration().getPlaceholders();
        String dataDir = settings.get("linli-data-dir");
        if (dataDir == null) {
            throw new IllegalStateException("spring.flyway.placeholders.linli-data-dir is not set: the vault key cannot be found");
        }
        Vault vault = Vault.open(settings.getOrDefault("linli-vault-key", ""), Path.of(dataDir));
        long last = 0;
        try (PreparedStatement read = connection.prepareStatement(
                     "SELECT id, id_cipher FROM resident WHERE id > ? ORDER BY id LIMIT " + PAGE);
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE resident SET id_region_hash = ?, id_last4_hash = ? WHERE id = ?")) {
            while (true) {
                read.setLong(1, last);
                int rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        String id = vault.decrypt(rs.getBytes(2));
                        write.setBytes(1, vault.hashIdRegion(id.substring(0, 6)));
                        write.setBytes(2, vault.hashIdLast4(id.substring(14)));
                        write.setLong(3, last);
                        write.addBatch();
                        rows++;
                    }
                }
                if (rows == 0) {
                    return;
                }
                write.executeBatch();
            }
        }
    }

    private static boolean anyResident(Connection connection) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM resident)");
             ResultSet rs = any.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
