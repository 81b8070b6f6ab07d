package org.linli.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the benefits module's outreach: a benefit of one's own (so that the demo catalogue
 * and other tests' rows never count), found residents as open matches, roster files as the paying
 * authority sends them, and exported workbooks read back.
 */
public final class BenefitsFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private BenefitsFixtures() {
    }

    /** A benefit for everywhere, with a code no other test uses; no rule, so no matching ever finds anyone for it. */
    public static long benefit(JdbcClient jdbc, String name) {
        String code = "TEST_" + System.nanoTime() + "_" + SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                        INSERT INTO benefit (code, name, region_path, kind, sort, created_at, created_by)
                        VALUES (:code, :name, '/', 'ALLOWANCE', 900, now(), 'test') RETURNING id""")
                .param("code", code).param("name", name).query(Long.class).single();
    }

    /** A living resident of the demo district as a match needs them. */
    public record Found(long id, String divisionPath, String name) {
    }

    /** Living residents below {@code path}, by id, skipping the first {@code offset}. */
    public static List<Found> residents(JdbcClient jdbc, String path, int offset, int count) {
        return jdbc.sql("""
                        SELECT id, division_path, name FROM resident WHERE division_path LIKE :p || '%' AND status = 'LIVING'
                        ORDER BY id LIMIT :n OFFSET :o""")
                .param("p", path).param("n", count).param("o", offset)
                .query((rs, i) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** An open match (an outreach task) of the resident, found at {@code foundAt} by rule version 1. */
    public static long match(JdbcClient jdbc, long benefitId, Found resident, OffsetDateTime foundAt, String reason) {
        return jdbc.sql("""
                        INSERT INTO benefit_match (benefit_id, resident_id, division_path, rule_version, reason, found_at)
                        VALUES (:b, :r, :p, 1, :reason, :at) RETURNING id""")
                .param("b", benefitId).param("r", resident.id()).param("p", resident.divisionPath())
                .param("reason", reason).param("at", foundAt).query(Long.class).single();
    }

    /** A match found and closed again before (the resident stopped matching), under rule version 1. */
    public static long closedMatch(JdbcClient jdbc, long benefitId, Found resident, OffsetDateTime foundAt,
                                   OffsetDateTime closedAt, String why) {
        return jdbc.sql("""
                        INSERT INTO benefit_match (benefit_id, resident_id, division_path, rule_version, reason, found_at,
                                                   closed_at, closed_why)
                        VALUES (:b, :r, :p, 1, '（测试）', :at, :closed, :why) RETURNING id""")
                .param("b", benefitId).param("r", resident.id()).param("p", resident.divisionPath())
                .param("at", foundAt).param("closed", closedAt).param("why", why).query(Long.class).single();
    }

    /** The whole ID number of a resident, opened from the registry's vault (what the paying authority's file holds). */
    public static String idNumberOf(JdbcClient jdbc, org.linli.registry.internal.Vault vault, long residentId) {
        return vault.decrypt(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :id").param("id", residentId)
                .query(byte[].class).single());
    }

    /** A roster file: the template's columns, then each row's cells as text. */
    public static byte[] rosterFile(List<String[]> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("享受名册");
            String[] header = {"姓名", "身份证号", "享受起始日期", "终止日期"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet of a workbook as text, row by row (the header included). */
    public static List<List<String>> sheet(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
