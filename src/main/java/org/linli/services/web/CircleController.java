package org.linli.services.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.services.catalogue.ServiceCommittees;
import org.linli.services.catalogue.FacilityKind;
import org.linli.services.circle.LifeCircle;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Sheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The 15-minute life circle of the committees in the user's scope: shares, a chart, the gaps, and Excel. Staff only. */
@Controller
class CircleController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LifeCircle circle;
    private final ServiceCommittees committees;
    private final Divisions divisions;

    CircleController(LifeCircle circle, ServiceCommittees committees, Divisions divisions) {
        this.circle = circle;
        this.committees = committees;
        this.divisions = divisions;
    }

    @GetMapping("/services/circle")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        LifeCircle.Circle shown = of(user);
        model.addAttribute("circle", shown);
        model.addAttribute("kinds", FacilityKind.CIRCLE);
        model.addAttribute("kindNames", FacilityKind.CIRCLE.stream().map(FacilityKind::label).collect(Collectors.joining("|")));
        model.addAttribute("kindShares", FacilityKind.CIRCLE.stream().map(k -> String.valueOf(shown.shareOf(k)))
                .collect(Collectors.joining(",")));
        model.addAttribute("buildingNames", buildingNames(shown));
        return "services/circle";
    }

    @GetMapping("/services/circle.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) throws IOException {
        LifeCircle.Circle shown = of(user);
        Map<String, String> names = buildingNames(shown);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("15分钟生活圈覆盖率");
            List<String> headers = new ArrayList<>(List.of("社区", "楼栋数", "户数", "步行距离（米）"));
            for (FacilityKind k : FacilityKind.CIRCLE) {
                headers.add(k.label() + "覆盖户数");
                headers.add(k.label() + "覆盖率%");
            }
            Sheets.header(sheet, 0, headers, i -> i == 0 ? 20 : 12);
            int r = 1;
            for (LifeCircle.Row row : shown.rows()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.committee().name());
                x.createCell(1).setCellValue(row.buildings());
                x.createCell(2).setCellValue(row.households());
                x.createCell(3).setCellValue(row.walkMetres());
                int c = 4;
                for (FacilityKind k : FacilityKind.CIRCLE) {
                    x.createCell(c++).setCellValue(row.coveredOf(k));
                    x.createCell(c++).setCellValue(row.shareOf(k));
                }
            }
            Sheet gaps = workbook.createSheet("缺口");
            Sheets.header(gaps, 0, List.of("社区", "设施类别", "户数", "未覆盖户数", "覆盖率%", "未覆盖的楼栋（部分）"), i -> i == 5 ? 50 : 14);
            r = 1;
            for (LifeCircle.Gap g : shown.gaps()) {
                Row x = gaps.createRow(r++);
                x.createCell(0).setCellValue(g.committee().name());
                x.createCell(1).setCellValue(g.kind().label());
                x.createCell(2).setCellValue(g.households());
                x.createCell(3).setCellValue(g.uncovered());
                x.createCell(4).setCellValue(g.share());
                x.createCell(5).setCellValue(g.buildingPaths().stream().map(p -> names.getOrDefault(p, p)).collect(Collectors.joining("、")));
            }
            workbook.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                            + URLEncoder.encode("15分钟生活圈覆盖率.xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
                    .body(out.toByteArray());
        }
    }

    private LifeCircle.Circle of(CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            throw new NotFoundException("life circle");
        }
        List<Division> shown = committees.inScope(user);
        String scope = committees.own(user).map(Division::path).orElse(user.scope().path());
        return circle.of(shown, scope);
    }

    /** The gaps' buildings by path, named with their estate where the code tells it, in one query. */
    private Map<String, String> buildingNames(LifeCircle.Circle shown) {
        List<String> paths = shown.gaps().stream().flatMap(g -> g.buildingPaths().stream()).distinct().toList();
        List<String> codes = new ArrayList<>();
        paths.forEach(p -> {
            String[] parts = p.split("/");
            codes.add(parts[parts.length - 1]);
            if (parts.length > 1) {
                codes.add(parts[parts.length - 2]);
            }
        });
        Map<String, String> byCode = divisions.byCodes(codes.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Division::code, Division::name, (a, b) -> a));
        return paths.stream().collect(Collectors.toMap(p -> p, p -> {
            String[] parts = p.split("/");
            String building = byCode.getOrDefault(parts[parts.length - 1], parts[parts.length - 1]);
            String estate = parts.length > 1 ? byCode.get(parts[parts.length - 2]) : null;
            return estate == null ? building : estate + " " + building;
        }));
    }
}
