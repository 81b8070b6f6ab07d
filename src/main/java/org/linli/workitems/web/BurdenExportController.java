package org.linli.workitems.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.linli.workitems.burden.BurdenCounts;
import org.linli.workitems.burden.BurdenKind;
import org.linli.workitems.burden.Burdens;
import org.linli.workitems.burden.CommitteeBurden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The burden counts as an Excel file: the totals per kind, then each committee of the scope, the most burdened first. */
@Controller
class BurdenExportController {

    private final Burdens burdens;
    private final PlaceNames placeNames;

    BurdenExportController(Burdens burdens, PlaceNames placeNames) {
        this.burdens = burdens;
        this.placeNames = placeNames;
    }

    @GetMapping("/burden.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        List<CommitteeBurden> committees = burdens.all(user);
        Map<String, String> names = placeNames.labels(committees.stream().map(CommitteeBurden::committeePath).toList());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            totals(workbook.createSheet("减负汇总"), burdens.counts(user).values());
            Sheet sheet = workbook.createSheet("各社区");
            List<String> headers = new ArrayList<>(List.of("社区"));
            for (BurdenKind k : BurdenKind.values()) {
                headers.add(k.label() + "（原有）");
                headers.add(k.label() + "（保留）");
            }
            headers.addAll(List.of("原有合计", "保留合计", "保留但未准入"));
            Sheets.header(sheet, 0, headers, i -> i == 0 ? 36 : 12);
            int r = 1;
            for (CommitteeBurden c : committees) {
                Row row = sheet.createRow(r++);
                int col = 0;
                row.createCell(col++).setCellValue(names.getOrDefault(c.committeePath(), c.committeePath()));
                for (BurdenKind k : BurdenKind.values()) {
                    row.createCell(col++).setCellValue(c.recorded(k));
                    row.createCell(col++).setCellValue(c.kept(k));
                }
                row.createCell(col++).setCellValue(c.recordedTotal());
                row.createCell(col++).setCellValue(c.keptTotal());
                row.createCell(col).setCellValue(c.keptUnadmitted());
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("社区减负清单.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }

    private static void totals(Sheet sheet, java.util.Collection<BurdenCounts> counts) {
        Sheets.header(sheet, 0, List.of("类别", "原有", "保留", "取消", "保留但未准入"), i -> i == 0 ? 16 : 12);
        int r = 1;
        for (BurdenCounts c : counts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.kind().label());
            row.createCell(1).setCellValue(c.recorded());
            row.createCell(2).setCellValue(c.kept());
            row.createCell(3).setCellValue(c.removed());
            row.createCell(4).setCellValue(c.keptUnadmitted());
        }
    }

    static String code(String path) {
        String[] codes = path.split("/");
        return codes[codes.length - 1];
    }
}
