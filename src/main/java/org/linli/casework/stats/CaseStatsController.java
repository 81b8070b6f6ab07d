package org.linli.casework.stats;

import java.time.Clock;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 统计分析: the page and its Excel export, with the same filters. */
@Controller
class CaseStatsController {

    private final CaseStats stats;
    private final MessageSource messages;
    private final Clock clock;

    CaseStatsController(CaseStats stats, MessageSource messages, Clock clock) {
        this.stats = stats;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/case-stats")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "REGION") String group,
                @RequestParam(defaultValue = "month") String preset, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, Model model) {
        Period.Choice choice = Period.choose(preset, from, to, today());
        Period period = choice.period();
        if (choice.refused()) {
            model.addAttribute("periodError", messages.getMessage(choice.problem(), choice.args(), Locale.SIMPLIFIED_CHINESE));
        }
        CaseStats.Report report = stats.report(user, grouping(group), period);
        model.addAttribute("report", report);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("preset", choice.refused() ? "custom" : period.preset());
        // Typed values are kept when they are refused, so the user can correct them.
        model.addAttribute("from", from.isBlank() ? period.first().toString() : from);
        model.addAttribute("to", to.isBlank() ? period.last().toString() : to);
        model.addAttribute("query", "group=" + report.grouping() + "&preset=" + period.preset()
                + ("custom".equals(period.preset()) ? "&from=" + period.first() + "&to=" + period.last() : ""));
        model.addAttribute("chartNames", report.rows().stream().map(GroupFigures::name).toList());
        model.addAttribute("chartReceived", column(report.rows(), Indicator.RECEIVED));
        model.addAttribute("chartClosed", column(report.rows(), Indicator.CLOSED));
        model.addAttribute("chartOnTime", column(report.rows(), Indicator.ON_TIME_RATE));
        model.addAttribute("chartSatisfaction", column(report.rows(), Indicator.SATISFACTION));
        model.addAttribute("chartExtension", column(report.rows(), Indicator.EXTENSION_RATE));
        return "casework/stats";
    }

    @GetMapping("/case-stats.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "REGION") String group,
                @RequestParam(defaultValue = "month") String preset, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, HttpServletResponse response) throws IOException {
        if (user.role() == Role.RESIDENT) {  // the path is outside /case-stats/**, so check the role here too
            throw new NotFoundException("case statistics");
        }
        Period.Choice choice = Period.choose(preset, from, to, today());
        if (choice.refused()) {
            response.sendError(400, messages.getMessage(choice.problem(), choice.args(), Locale.SIMPLIFIED_CHINESE));
            return;
        }
        Period period = choice.period();
        CaseStats.Report report = stats.report(user, grouping(group), period);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String filename = URLEncoder.encode("诉求统计-" + report.scopeName() + "-" + period.first() + "-" + period.last() + ".xlsx",
                StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + filename);
        CaseStatsWorkbook.write(report, response.getOutputStream());
    }

    private static Grouping grouping(String group) {
        return Arrays.stream(Grouping.values()).filter(g -> g.name().equals(group)).findFirst().orElse(Grouping.REGION);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Chart values: rates in percent, empty groups as "" (a gap in the chart rather than 0). */
    private static String column(List<GroupFigures> rows, Indicator indicator) {
        return String.join(",", rows.stream().map(r -> {
            Number v = indicator.of(r);
            if (v == null) {
                return "";
            }
            return indicator.kind() == Indicator.Kind.RATE ? String.format("%.1f", v.doubleValue() * 100) : String.valueOf(v);
        }).toList());
    }
}
