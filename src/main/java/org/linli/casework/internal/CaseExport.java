package org.linli.casework.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.audit.AuditLog;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.shared.CurrentUser;
import org.linli.shared.Masks;
import org.linli.shared.Sheets;
import org.springframework.stereotype.Service;

/**
 * The filtered queue as an Excel sheet, streamed: rows are read a page at a time and written
 * through POI's streaming workbook, which keeps only a window of rows in memory, so a district's
 * export does not hold its cases at once. Personal data is as masked as on the list (the
 * reporter's name and number masked); the export is audited.
 */
@Service
public class CaseExport {

    /** At most this many rows, as many as the queue counts. */
    public static final int MAX_ROWS = 10_000;
    private static final int PAGE = 500;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> HEADER = List.of("编号", "标题", "地点", "类别", "状态", "来源", "登记时间", "当前时限", "是否超时",
            "反映人", "反映人电话", "结案时间", "评价");

    private final CaseReads reads;
    private final AuditLog audit;
    private final Clock clock;

    CaseExport(CaseReads reads, AuditLog audit, Clock clock) {
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    public void write(CurrentUser user, Cases.Filter filter, OutputStream out) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("诉求");
            Sheets.header(sheet, 0, HEADER, null);
            int row = 1;
            for (int page = 0; row <= MAX_ROWS; page++) {
                List<CaseView> cases = reads.queue(user, filter, page, PAGE);
                for (CaseView c : cases) {
                    if (row > MAX_ROWS) {
                        break;
                    }
                    write(sheet.createRow(row++), c, now);
                }
                if (cases.size() < PAGE) {
                    break;
                }
            }
            workbook.write(out);
            audit.record("CASE_EXPORT", (row - 1) + " 件", user.scope().path(), filter.text().isEmpty() ? "" : "含搜索条件");
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Row r, CaseView c, OffsetDateTime now) {
        String[] values = {c.number(), c.title(), c.divisionName(), c.categoryName(), c.status().label(), c.channel().label(),
                at(c.localCreatedAt()), at(c.localCurrentDue()), c.overdue(now) ? "超时" : "",
                c.reporterName() == null ? "" : Masks.name(c.reporterName()), c.reporterPhoneMask() == null ? "" : c.reporterPhoneMask(),
                at(c.localClosedAt()), c.rating() == null ? "" : String.valueOf(c.rating())};
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }

    private static String at(LocalDateTime t) {
        return t == null ? "" : t.format(AT);
    }
}
