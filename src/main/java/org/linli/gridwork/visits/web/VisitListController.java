package org.linli.gridwork.visits.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.gridwork.visits.DueVisits;
import org.linli.gridwork.visits.TagNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Sheets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list of visits due (/visits): a grid worker's grid on a phone; for committees and streets the
 * same list of their area, narrowed to a place below them, a group, and overdue or due this week.
 */
@Controller
class VisitListController {

    private final DueVisits due;
    private final Divisions divisions;
    private final TagNames tagNames;

    VisitListController(DueVisits due, Divisions divisions, TagNames tagNames) {
        this.due = due;
        this.divisions = divisions;
        this.tagNames = tagNames;
    }

    @GetMapping("/visits")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long place,
                @RequestParam(defaultValue = "") String tag, @RequestParam(defaultValue = "DUE") DueVisits.When when,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String path = "";
        if (place != null) {
            path = divisions.find(place, user.scope()).map(Division::path).orElseThrow(() -> new NotFoundException("place " + place));
        }
        DueVisits.Page result = due.list(user, new DueVisits.Filter(path, tag, when, page));
        Map<String, String> tags = tagNames.visibleTo(user.role().maySeeSensitiveTags());
        model.addAttribute("result", result);
        model.addAttribute("tags", tags);
        model.addAttribute("tag", tags.containsKey(tag) ? tag : "");
        model.addAttribute("when", when);
        model.addAttribute("whens", DueVisits.When.values());
        model.addAttribute("place", place);
        model.addAttribute("places", places(user));
        String query = UriComponentsBuilder.newInstance().queryParamIfPresent("place", java.util.Optional.ofNullable(place))
                .queryParam("tag", tags.containsKey(tag) ? tag : "").queryParam("when", when.name()).build().toUriString();
        model.addAttribute("base", "/visits" + query);
        model.addAttribute("export", "/visits.xlsx" + query);
        return "gridwork/visits";
    }

    /** The list as filtered, masked as on the page, with the same columns: no more than the page shows. */
    @GetMapping("/visits.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long place,
                @RequestParam(defaultValue = "") String tag, @RequestParam(defaultValue = "DUE") DueVisits.When when,
                HttpServletResponse response) throws IOException {
        String path = place == null ? ""
                : divisions.find(place, user.scope()).map(Division::path).orElseThrow(() -> new NotFoundException("place " + place));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("走访");
            Sheets.header(sheet, 0, HEADERS, i -> i == 1 ? 36 : 14);
            int[] next = {1};
            due.export(user, new DueVisits.Filter(path, tag, when, 0), r -> write(sheet.createRow(next[0]++), r));
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("走访名单.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }

    private static final List<String> HEADERS = List.of("姓名", "地址", "人群", "走访频次", "应访日期", "上次走访", "逾期天数");

    private static void write(org.apache.poi.ss.usermodel.Row row, DueVisits.Row r) {
        row.createCell(0).setCellValue(r.name());
        row.createCell(1).setCellValue(r.address());
        row.createCell(2).setCellValue(String.join("、", r.tags()));
        row.createCell(3).setCellValue(r.frequency());
        row.createCell(4).setCellValue(r.due().toString());
        row.createCell(5).setCellValue(r.lastVisit() == null ? "" : r.lastVisit().toString());
        row.createCell(6).setCellValue(r.daysOverdue());
    }

    /** The places below the user's own to narrow the list to (none for a grid worker, whose list is the grid). */
    private List<Division> places(CurrentUser user) {
        if (user.role() == Role.GRID_WORKER) {
            return List.of();
        }
        return divisions.find(user.divisionId(), user.scope())
                .map(d -> divisions.children(d, user.scope(), 0, 200)).orElse(List.of());
    }
}
