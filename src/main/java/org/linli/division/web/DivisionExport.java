package org.linli.division.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Everything below a node as an Excel ledger: grids, estates and buildings with their attributes. */
@Controller
class DivisionExport {

    static final int MAX_ROWS = 200_000;
    private static final String[] HEADERS = {"编码", "名称", "层级", "类别", "上级编码", "下级数", "全部下属数", "地址", "层数", "单元数"};

    private final Divisions divisions;

    DivisionExport(Divisions divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/divisions/{id}/export.xlsx")
    @Transactional(readOnly = true)
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        Division node = divisions.get(id, user.scope());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String filename = URLEncoder.encode(node.name() + "-下级区划.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + filename);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("下级区划");
            Sheets.header(sheet, 0, List.of(HEADERS), i -> i == 1 || i == 7 ? 28 : 14);
            int[] next = {1};
            divisions.forEachDescendant(node, user.scope(), MAX_ROWS, d -> write(sheet.createRow(next[0]++), d));
            workbook.write(response.getOutputStream());
        }
    }

    private static void write(Row row, Division d) {
        row.createCell(0).setCellValue(d.code());
        row.createCell(1).setCellValue(d.name());
        row.createCell(2).setCellValue(d.level().label());
        row.createCell(3).setCellValue(d.kind() == null ? "" : d.kind().label());
        String[] segments = d.path().split("/");   // "", province, …, the node's own code
        row.createCell(4).setCellValue(segments.length > 2 ? segments[segments.length - 2] : "");
        row.createCell(5).setCellValue(d.childCount());
        row.createCell(6).setCellValue(d.descendantCount());
        row.createCell(7).setCellValue(d.address() == null ? "" : d.address());
        if (d.floors() != null) {
            row.createCell(8).setCellValue(d.floors());
        }
        if (d.entrances() != null) {
            row.createCell(9).setCellValue(d.entrances());
        }
    }
}
