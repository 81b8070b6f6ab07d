package org.linli.conventions.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.conventions.points.EntryFilter;
import org.linli.conventions.points.Households;
import org.linli.conventions.points.PointsEntry;
import org.linli.conventions.points.PointsLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The points log as filtered, and the households' ranking, as an Excel file. */
@Controller
class PointsExportController {

    static final int LIMIT = 10_000;

    private final PointsLog log;
    private final Households households;

    PointsExportController(PointsLog log, Households households) {
        this.log = log;
        this.households = households;
    }

    @GetMapping("/points.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long household,
                @RequestParam(required = false) Long rule,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        EntryFilter filter = new EntryFilter(household, rule, from, to);
        List<PointsEntry> entries = log.page(user, filter, 0, LIMIT).entries();
        PointsLog.Ranking ranking = log.ranking(user, from == null ? LocalDate.of(1900, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 31) : to, 0, LIMIT);
        List<Long> ids = new ArrayList<>(entries.stream().map(PointsEntry::householdId).toList());
        ids.addAll(ranking.rows().stream().map(PointsLog.Ranked::householdId).toList());
        Map<Long, Households.Named> names = households.named(ids);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet ranked = workbook.createSheet("户积分排名");
            Sheets.header(ranked, 0, List.of("名次", "户主", "地址", "积分", "记录数"), i -> i == 2 ? 40 : 12);
            int r = 1;
            for (PointsLog.Ranked row : ranking.rows()) {
                Row x = ranked.createRow(r);
                Households.Named n = names.get(row.householdId());
                x.createCell(0).setCellValue(r++);
                x.createCell(1).setCellValue(n == null ? "#" + row.householdId() : n.name());
                x.createCell(2).setCellValue(n == null ? "" : n.address());
                x.createCell(3).setCellValue(row.total());
                x.createCell(4).setCellValue(row.entries());
            }
            Sheet log = workbook.createSheet("积分明细");
            Sheets.header(log, 0, List.of("日期", "户主", "细则", "积分", "事由", "登记人", "登记时间", "撤销记录"),
                    i -> i == 4 ? 40 : 14);
            r = 1;
            for (PointsEntry e : entries) {
                Row x = log.createRow(r++);
                Households.Named n = names.get(e.householdId());
                x.createCell(0).setCellValue(e.day().toString());
                x.createCell(1).setCellValue(n == null ? "#" + e.householdId() : n.name());
                x.createCell(2).setCellValue(e.ruleName());
                x.createCell(3).setCellValue(e.points());
                x.createCell(4).setCellValue(e.reason());
                x.createCell(5).setCellValue(e.recordedBy());
                x.createCell(6).setCellValue(e.localRecordedAt().toString().replace('T', ' '));
                x.createCell(7).setCellValue(e.reverses() == null ? "" : "#" + e.reverses());
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("积分台账.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }
}
