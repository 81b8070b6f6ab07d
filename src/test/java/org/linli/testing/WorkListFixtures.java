package org.linli.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lists of a region for the work-items module's tests, written straight into the tables (a test of
 * the lists' readers needs versions the editing pages would take several steps to make).
 */
public final class WorkListFixtures {

    private WorkListFixtures() {
    }

    /** One entry: title, keywords (、-separated, or null), legal basis and authority. */
    public record Entry(String title, String keywords, String basis, String authority) {

        public static Entry of(String title, String keywords) {
            return new Entry(title, keywords, "《中华人民共和国城市居民委员会组织法》", "区民政局");
        }
    }

    /**
     * A version of a region's list with these entries, numbered 1, 2, …: published from
     * {@code from}, or a draft when {@code from} is null. Returns the list's id.
     */
    public static long list(JdbcClient jdbc, String regionPath, String kind, LocalDate from, Entry... entries) {
        OffsetDateTime at = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        long id = jdbc.sql("""
                        INSERT INTO work_list (region_path, kind, version, effective_from, published_at, published_by, created_at, created_by)
                        SELECT :r, :kind, coalesce(max(version), 0) + 1, :from, CASE WHEN :published THEN CAST(:at AS timestamptz) END,
                               CASE WHEN :published THEN 'fixture' END, :at, 'fixture'
                        FROM work_list WHERE region_path = :r AND kind = :kind RETURNING id""")
                .param("r", regionPath).param("kind", kind).param("from", from).param("published", from != null)
                .param("at", at).query(Long.class).single();
        int number = 1;
        for (Entry e : entries) {
            jdbc.sql("""
                            INSERT INTO work_list_entry (list_id, number, title, basis, authority, keywords)
                            VALUES (:list, :n, :title, :basis, :authority, :keywords)""")
                    .param("list", id).param("n", number++).param("title", e.title()).param("basis", e.basis())
                    .param("authority", e.authority()).param("keywords", e.keywords()).update();
        }
        return id;
    }

    /** An Excel file whose first sheet holds these rows (the first one the header), as a district sends its list. */
    public static byte[] sheet(String[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("清单");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list's columns as the import reads them. */
    public static final String[] HEADER = {"序号", "事项名称", "内容", "依据", "责任单位/主管部门", "关键词"};
}
