package org.linli.workforce.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.linli.workforce.Certificate;
import org.linli.workforce.Post;
import org.linli.workforce.Worker;
import org.linli.workforce.pay.PayLine;
import org.linli.workforce.pay.PayTableForm;
import org.linli.workforce.pay.PayTables;
import org.linli.workforce.payroll.PaySheet;
import org.linli.workforce.payroll.PaySheetFile;
import org.linli.workforce.payroll.PaySheets;
import org.linli.workforce.register.Register;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pay (/workforce/pay): the month's pay sheet (everyone's for the street and the district, one's own
 * for a committee's worker) and its Excel file; the pay table that applies, its history, and for the
 * district the form that sets a new one.
 */
@Controller
class PayController {

    private final PaySheets sheets;
    private final PayTables tables;
    private final PlaceNames placeNames;
    private final Clock clock;

    PayController(PaySheets sheets, PayTables tables, PlaceNames placeNames, Clock clock) {
        this.sheets = sheets;
        this.tables = tables;
        this.placeNames = placeNames;
        this.clock = clock;
    }

    @GetMapping("/workforce/pay")
    String pay(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String month, Model model) {
        YearMonth m = month(month);
        PaySheet sheet = sheets.month(m, user);
        model.addAttribute("sheet", sheet);
        model.addAttribute("month", m.toString());
        model.addAttribute("places", placeNames.labels(java.util.stream.Stream.concat(sheet.lines().stream().map(PayLine::worker),
                sheet.withoutTable().stream()).map(Worker::divisionPath).toList()));
        model.addAttribute("mayEdit", Register.mayEdit(user));
        model.addAttribute("mayEditTable", user.role() == Role.DISTRICT_ADMIN);
        var current = tables.applying(user.scope().path(), LocalDate.now(clock));
        model.addAttribute("table", current.orElse(null));
        var history = tables.history(user.scope());
        model.addAttribute("history", history);
        model.addAttribute("regions", placeNames.labels(history.stream().map(t -> t.regionPath()).toList()));
        model.addAttribute("posts", Post.values());
        model.addAttribute("certificates", Certificate.values());
        if (!model.containsAttribute("payTable")) {
            LocalDate next = YearMonth.now(clock).plusMonths(1).atDay(1);
            model.addAttribute("payTable", current.map(t -> PayTableForm.of(t, next)).orElse(PayTableForm.empty(next)));
        }
        return "workforce/pay";
    }

    @GetMapping("/workforce/pay.xlsx")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String month) {
        PaySheet sheet = sheets.export(month(month), user);
        byte[] body = PaySheetFile.write(sheet, placeNames.labels(sheet.lines().stream().map(l -> l.worker().divisionPath()).toList()));
        String name = URLEncoder.encode("社区工作者薪酬表-" + sheet.month() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(body);
    }

    @PostMapping("/workforce/pay/table")
    @FormPage("/workforce/pay")
    String setTable(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("payTable") PayTableForm form,
                    RedirectAttributes redirect) {
        tables.set(form, user);
        redirect.addFlashAttribute("saved", "薪酬表已设定，自 " + form.effectiveFrom() + " 起执行");
        return "redirect:/workforce/pay";
    }

    /** The month asked (yyyy-MM, years 2000–2100), else this month. */
    private YearMonth month(String text) {
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.getYear() >= 2000 && m.getYear() <= 2100) {
                return m;
            }
        } catch (DateTimeParseException e) {
            // a month not written yyyy-MM shows this month
        }
        return YearMonth.now(clock);
    }
}
