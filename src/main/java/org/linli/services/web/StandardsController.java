package org.linli.services.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.rules.Fraction;
import org.linli.rules.Rule;
import org.linli.rules.RuleBook;
import org.linli.services.catalogue.Facilities;
import org.linli.services.internal.ServiceRules;
import org.linli.services.standards.CommitteeCheck;
import org.linli.services.standards.FacilityStandards;
import org.linli.services.standards.Shortfall;
import org.linli.services.standards.StreetCheck;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Facilities and their standards (/services/standards): the shortfalls of the user's scope with the
 * rule and the numbers, the streets and the committees (only those short, if asked), a chart, and
 * the three lists as Excel. For the committees, the street and the district; not for residents or grid workers.
 */
@Controller
class StandardsController {

    static final int PAGE = 50;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FacilityStandards standards;
    private final Facilities facilities;
    private final RuleBook rules;

    StandardsController(FacilityStandards standards, Facilities facilities, RuleBook rules) {
        this.standards = standards;
        this.facilities = facilities;
        this.rules = rules;
    }

    /** A rule of the user's region as the page lists it. */
    record Shown(String label, String value, String source) {
    }

    @GetMapping("/services/standards")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "shortfalls") String view,
                @RequestParam(defaultValue = "false") boolean shortOnly, @RequestParam(defaultValue = "0") int page, Model model) {
        FacilityStandards.Standards shown = of(user);
        String tab = List.of("shortfalls", "committees", "streets").contains(view) ? view : "shortfalls";
        List<?> rows = switch (tab) {
            case "committees" -> shown.committees().stream().filter(c -> !shortOnly || !c.meets()).toList();
            case "streets" -> shown.streets();
            default -> shown.shortfalls();
        };
        int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
        int at = Math.clamp(page, 0, pages - 1);
        model.addAttribute("standards", shown);
        model.addAttribute("view", tab);
        model.addAttribute("shortOnly", shortOnly);
        model.addAttribute("rows", rows.subList(at * PAGE, Math.min(rows.size(), (at + 1) * PAGE)));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", at);
        model.addAttribute("pages", pages);
        model.addAttribute("base", "/services/standards?view=" + tab + (shortOnly ? "&shortOnly=true" : ""));
        model.addAttribute("keepsStreet", user.role() == Role.STREET_STAFF);
        model.addAttribute("streetFacilities", user.role() == Role.STREET_STAFF ? facilities.of(user.scope().path(), true) : List.of());
        model.addAttribute("rules", shownRules(user));
        chart(shown, model);
        return "services/standards";
    }

    @GetMapping("/services/standards.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) throws IOException {
        FacilityStandards.Standards shown = of(user);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet gaps = workbook.createSheet("不达标项");
            Sheets.header(gaps, 0, List.of("地点", "标准", "设施", "规定", "实际", "差额", "依据"), i -> i == 6 ? 50 : i == 4 ? 30 : 18);
            int r = 1;
            for (Shortfall s : shown.shortfalls()) {
                cells(gaps.createRow(r++), s.placeName(), s.standardLabel(), s.facilityName(), s.required(), s.actual(), s.gap(), s.source());
            }
            Sheet committees = workbook.createSheet("社区");
            Sheets.header(committees, 0, List.of("社区", "户数", "常住人口", "服务用房m²", "每百户m²", "应有m²", "日间照料", "托位", "不达标项"),
                    i -> i == 0 ? 22 : 12);
            r = 1;
            for (CommitteeCheck c : shown.committees()) {
                cells(committees.createRow(r++), c.name(), c.households(), c.residents(), c.serviceAreaM2().doubleValue(),
                        c.areaPer100() == null ? "" : c.areaPer100().doubleValue(), c.requiredM2().doubleValue(), c.dayCareText(),
                        c.childcarePlaces(), c.shortfalls().size());
            }
            Sheet streets = workbook.createSheet("街道");
            Sheets.header(streets, 0, List.of("街道", "社区数", "日间照料覆盖的社区", "覆盖率%", "党群服务中心m²", "养老床位", "护理型床位", "常住人口",
                    "托位", "每千人托位", "不达标项"), i -> i == 0 ? 22 : 12);
            r = 1;
            for (StreetCheck s : shown.streets()) {
                cells(streets.createRow(r++), s.name(), s.committees(), s.withDayCare(), s.dayCareShare(), s.centreM2().doubleValue(), s.beds(),
                        s.nursingBeds(), s.residents(), s.childcarePlaces(),
                        s.childcarePerThousand() == null ? "" : s.childcarePerThousand().doubleValue(), s.shortfalls().size());
            }
            workbook.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                            + URLEncoder.encode("设施达标情况.xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
                    .body(out.toByteArray());
        }
    }

    private List<Shown> shownRules(CurrentUser user) {
        String at = user.scope().path();
        return List.of(shown(ServiceRules.RESIDENT_SPACE_SHARE, at, Fraction::percent),
                shown(ServiceRules.DAY_CARE_COVERAGE, at, Fraction::percent), shown(ServiceRules.NURSING_BED_SHARE, at, Fraction::percent),
                shown(ServiceRules.STREET_CENTRE_M2, at, v -> v + " m²"),
                shown(ServiceRules.CHILDCARE_PER_THOUSAND, at, v -> "每千人 " + v.stripTrailingZeros().toPlainString() + " 个"));
    }

    private <T> Shown shown(Rule<T> rule, String at, java.util.function.Function<T, String> text) {
        return new Shown(rule.label(), text.apply(rules.today(rule, at)), rule.source());
    }

    private FacilityStandards.Standards of(CurrentUser user) {
        if (user.role() == Role.RESIDENT || user.role() == Role.GRID_WORKER) {
            throw new NotFoundException("facility standards");
        }
        return standards.of(user.scope());
    }

    /** Streets' day-care coverage against the rule where there are streets; else the committees' area against what is asked. */
    private static void chart(FacilityStandards.Standards shown, Model model) {
        boolean streets = !shown.streets().isEmpty();
        model.addAttribute("chartKind", streets ? "streets" : "committees");
        if (streets) {
            model.addAttribute("chartNames", shown.streets().stream().map(StreetCheck::name).collect(Collectors.joining("|")));
            model.addAttribute("chartValues", shown.streets().stream().map(s -> String.valueOf(s.dayCareShare())).collect(Collectors.joining(",")));
            model.addAttribute("chartLine", shown.streets().getFirst().dayCareRule().replace("%", ""));
        } else {
            List<CommitteeCheck> first = shown.committees().stream().limit(PAGE).toList();
            model.addAttribute("chartNames", first.stream().map(CommitteeCheck::name).collect(Collectors.joining("|")));
            model.addAttribute("chartValues", first.stream().map(c -> c.serviceAreaM2().toPlainString()).collect(Collectors.joining(",")));
            model.addAttribute("chartRequired", first.stream().map(c -> c.requiredM2().toPlainString()).collect(Collectors.joining(",")));
        }
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(v == null ? "" : v.toString());
            }
        }
    }
}
