package org.linli.volunteers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** Instants read from the database at the configured zone's offset, so pages show local times. */
final class Zoned {

    private Zoned() {
    }

    static OffsetDateTime read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(Times.zone()).toOffsetDateTime();
    }

    static OffsetDateTime read(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(Times.zone()).toOffsetDateTime();
    }
}
