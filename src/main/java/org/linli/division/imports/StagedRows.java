package org.linli.division.imports;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Streams checked rows into the staging table through PostgreSQL's COPY, in 256 KB chunks. */
final class StagedRows implements AutoCloseable {

    private static final int CHUNK = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

    StagedRows(CopyManager copyManager) throws SQLException {
        this.copy = copyManager.copyIn("COPY division_stage (line, code, name, parent_code, kind) FROM STDIN (FORMAT csv)");
    }

    void add(long line, String code, String name, String parentCode, String kind) throws SQLException {
        buffer.append(line).append(',').append(code).append(',');
        quote(name);
        buffer.append(',').append(parentCode).append(',');
        if (kind != null) {
            buffer.append(kind);
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void quote(String value) {
        buffer.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                buffer.append('"');
            }
            buffer.append(c);
        }
        buffer.append('"');
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

}
