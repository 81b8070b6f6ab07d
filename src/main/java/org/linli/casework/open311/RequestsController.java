package org.linli.casework.open311;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.casework.CaseStatus;
import org.linli.casework.Categories;
import org.linli.casework.internal.CaseLimits;
import org.linli.shared.Times;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading service requests back: a search (by default the last 90 days, a page of at most 1,000),
 * one by its id, and the id behind a token. Without a key anyone reads the cases that came in
 * through Open311 (public data, no reporter); with a key, a system reads every case of its key's
 * division. Every request is answered with a point: where it was reported, else the centre of its
 * place; and with its first photo's address when it has one and the photo is public.
 */
@Controller
@RequestMapping("/open311/v2")
class RequestsController {

    static final int MAX_REQUESTS = 1000;
    static final int DEFAULT_DAYS = 90;

    private final RequestFeed feed;
    private final Categories categories;
    private final CaseLimits limits;
    private final Jurisdiction jurisdiction;
    private final Open311Writer writer;
    private final Clock clock;

    RequestsController(RequestFeed feed, Categories categories, CaseLimits limits, Jurisdiction jurisdiction, Open311Writer writer,
                       Clock clock) {
        this.feed = feed;
        this.categories = categories;
        this.limits = limits;
        this.jurisdiction = jurisdiction;
        this.writer = writer;
        this.clock = clock;
    }

    @GetMapping("/requests.{fmt}")
    ResponseEntity<byte[]> requests(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
        RequestFeed.Visibility visibility = jurisdiction.visibility(params);
        List<String> numbers = split(params.get("service_request_id"));
        List<String> codes = split(params.get("service_code"));
        for (String code : codes) {
            if (categories.find(code).isEmpty()) {
                throw Open311Error.notFound("未知的服务代码“" + code + "” / unknown service_code " + code);
            }
        }
        OffsetDateTime to = time(params, "end_date");
        OffsetDateTime from = time(params, "start_date");
        if (from == null) {
            from = (to == null ? OffsetDateTime.now(clock) : to).minusDays(DEFAULT_DAYS);
        }
        Paging paging = Paging.of(params, MAX_REQUESTS, MAX_REQUESTS);
        List<RequestFeed.Row> rows = feed.search(visibility,
                new RequestFeed.Query(numbers, codes, from, to, open(params), paging.size(), paging.offset()));
        return Jurisdiction.answer(format, writer.list(format, "service_requests", "request", rows(rows)));
    }

    @GetMapping("/requests/{id}.{fmt}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
        RequestFeed.Row row = feed.byNumber(jurisdiction.visibility(params), id)
                .orElseThrow(() -> Open311Error.notFound("没有编号为 " + id + " 的诉求 / no service request " + id));
        return Jurisdiction.answer(format, writer.list(format, "service_requests", "request", rows(List.of(row))));
    }

    @GetMapping("/tokens/{token}.{fmt}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
        RequestFeed.Row row = feed.byToken(jurisdiction.visibility(params), token)
                .orElseThrow(() -> Open311Error.notFound("没有查询码为 " + token + " 的诉求 / no service request for token " + token));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", row.number());
        m.put("token", row.trackingCode());
        return Jurisdiction.answer(format, writer.list(format, "service_requests", "request", List.of(m)));
    }

    /** open, closed, both or (null) either: the spec's only two statuses. */
    private static Boolean open(Map<String, String> params) {
        List<String> statuses = split(params.get("status"));
        for (String s : statuses) {
            if (!s.equals("open") && !s.equals("closed")) {
                throw Open311Error.badRequest("status 只能是 open 或 closed / status must be open or closed");
            }
        }
        return statuses.contains("open") != statuses.contains("closed") ? statuses.contains("open") : null;
    }

    private List<Map<String, Object>> rows(List<RequestFeed.Row> rows) {
        return rows.stream().map(r -> request(r, limits.today(r.categoryCode(), r.divisionPath()))).toList();
    }

    private static Map<String, Object> request(RequestFeed.Row r, CaseLimits.Limits limits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", r.number());
        m.put("status", r.status().open() ? "open" : "closed");
        m.put("status_notes", r.status() == CaseStatus.REJECTED && r.rejection() != null
                ? r.status().label() + "：" + r.rejection() : r.status().label());
        m.put("service_name", r.categoryName());
        m.put("service_code", r.categoryCode());
        m.put("description", r.description());
        m.put("agency_responsible", r.status() == CaseStatus.SUMMONED && r.leadDepartment() != null
                ? r.leadDepartment() : r.committeeName());
        m.put("service_notice", limits.promise());
        m.put("requested_datetime", Jurisdiction.iso(r.createdAt()));
        m.put("updated_datetime", Jurisdiction.iso(r.updatedAt()));
        m.put("expected_datetime", Jurisdiction.iso(r.finishDue()));
        m.put("address", r.address() == null ? r.divisionName() : r.divisionName() + " " + r.address());
        m.put("address_id", r.divisionCode());
        m.put("zipcode", "");
        m.put("lat", r.latitude());
        m.put("long", r.longitude());
        m.put("media_url", MediaController.url(r.channel(), r.number(), r.photoId()));
        return m;
    }

    /** ISO-8601 with a zone; without one it is taken as China time, a bare date as its start. */
    static OffsetDateTime time(Map<String, String> params, String name) {
        // A "+" left unencoded in a query string arrives as a space.
        String v = RequestParser.value(params, name).replace(' ', '+');
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(Times.zone()).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(v).atStartOfDay(Times.zone()).toOffsetDateTime();
                } catch (DateTimeParseException e3) {
                    throw Open311Error.badRequest(name + " 应为 ISO-8601 时间，如 2025-06-01T08:00:00+08:00 / " + name
                            + " must be an ISO-8601 date-time such as 2025-06-01T08:00:00+08:00");
                }
            }
        }
    }

    static List<String> split(String v) {
        return v == null ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
