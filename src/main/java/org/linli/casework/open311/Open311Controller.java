package org.linli.casework.open311;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.linli.casework.CaseStatus;
import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Channel;
import org.linli.casework.Intake;
import org.linli.casework.NewCase;
import org.linli.casework.Submitter;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 for the jurisdiction (the district of {@code linli.cases.public-region}):
 * the catalogue, submitting a case with an API key, and reading cases back. Without a key anyone
 * may read the cases that came in through Open311 (public data, no reporter); with a key, a
 * system reads every case of its key's division.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    /** When this API last changed in a way clients should notice (the spec's changeset). */
    static final String CHANGESET = "2025-06-01T00:00:00+08:00";
    static final int MAX_REQUESTS = 1000;
    static final int DEFAULT_DAYS = 90;

    private final Categories categories;
    private final Intake intake;
    private final ApiKeys keys;
    private final RequestParser parser;
    private final RequestFeed feed;
    private final Open311Writer writer;
    private final Divisions divisions;
    private final String region;
    private final Clock clock;

    Open311Controller(Categories categories, Intake intake, ApiKeys keys, RequestParser parser, RequestFeed feed,
                      Open311Writer writer, Divisions divisions, @Value("${linli.cases.public-region:150104}") String region,
                      Clock clock) {
        this.clock = clock;
        this.categories = categories;
        this.intake = intake;
        this.keys = keys;
        this.parser = parser;
        this.feed = feed;
        this.writer = writer;
        this.divisions = divisions;
        this.region = region;
    }

    @GetMapping("/discovery.{fmt}")
    ResponseEntity<byte[]> discovery(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = open(fmt, params);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/").toUriString();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311Writer.Listing("format", List.of("text/xml", "application/json")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("changeset", CHANGESET);
        doc.put("contact", "区级管理员（邻里社区云） / the district administrator of Linli");
        doc.put("key_service", "向区级管理员申请接口密钥，管理员在“设置 → 接口密钥”中发放 / ask the district administrator: "
                + ServletUriComponentsBuilder.fromCurrentContextPath().path("/api-keys").toUriString());
        doc.put("endpoints", new Open311Writer.Listing("endpoint", List.of(endpoint)));
        return answer(format, writer.write(format, "discovery", doc));
    }

    @GetMapping("/services.{fmt}")
    ResponseEntity<byte[]> services(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = open(fmt, params);
        List<Map<String, Object>> list = categories.active().stream().map(Open311Controller::service).toList();
        return answer(format, writer.list(format, "services", "service", list));
    }

    @GetMapping("/services/{code}.{fmt}")
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = open(fmt, params);
        Category category = categories.find(code).filter(Category::active)
                .orElseThrow(() -> Open311Error.notFound("未知的服务代码“" + code + "” / unknown service_code " + code));
        Map<String, Object> hotline = new LinkedHashMap<>();
        hotline.put("variable", true);
        hotline.put("code", "hotline_number");
        hotline.put("datatype", "string");
        hotline.put("required", false);
        hotline.put("datatype_description", "不超过 30 个字符 / at most 30 characters");
        hotline.put("order", 1);
        hotline.put("description", "12345 热线工单号（由 12345 转来时填写） / the 12345 hotline ticket number, if any");
        hotline.put("values", new Open311Writer.Listing("value", List.of()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("service_code", category.code());
        doc.put("attributes", new Open311Writer.Listing("attribute", List.of(hotline)));
        return answer(format, writer.write(format, "service_definition", doc));
    }

    @PostMapping("/requests.{fmt}")
    ResponseEntity<byte[]> submit(@PathVariable String fmt, @RequestParam Map<String, String> params,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Format format = open(fmt, params);
        String apiKey = RequestParser.value(params, "api_key");
        if (apiKey.isEmpty()) {
            throw Open311Error.forbidden("缺少 api_key / api_key is required");
        }
        ApiKeys.ApiKey key = keys.authenticate(apiKey)
                .orElseThrow(() -> Open311Error.forbidden("api_key 无效或已停用 / api_key is invalid or revoked"));
        NewCase form = parser.parse(params, idempotencyKey, key);
        NewCase withHotline = new NewCase(form.category(), form.placeCode(), form.title(), form.description(), form.channel(),
                RequestParser.value(params, "attribute[hotline_number]"), form.reporterName(), form.reporterPhone(),
                form.address(), form.latitude(), form.longitude(), form.submissionKey(), form.photos());
        // No role: a system is not a person; the intake and the case log accept that.
        Intake.Result result = intake.open(withHotline,
                new Submitter("open311:" + key.name(), null, key.scope(), null, key.id()));
        if (!result.ok()) {
            boolean byName = RequestParser.value(params, "address_id").isEmpty();
            throw new Open311Error(HttpStatus.BAD_REQUEST, RequestParser.describe(result.errors(), byName));
        }
        Category category = categories.find(form.category()).orElseThrow();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", result.number());
        created.put("token", result.trackingCode());
        created.put("service_notice", (result.duplicate() ? "此前已登记" : "已登记") + "，" + limits(category)
                + "；凭查询码 " + result.trackingCode() + " 可在“诉求进度查询”中查看");
        created.put("account_id", null);
        return answer(format, writer.list(format, "service_requests", "request", List.of(created)));
    }

    @GetMapping("/requests.{fmt}")
    ResponseEntity<byte[]> requests(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = open(fmt, params);
        RequestFeed.Visibility visibility = visibility(params);
        List<String> numbers = split(params.get("service_request_id"));
        String code = RequestParser.value(params, "service_code");
        OffsetDateTime to = time(params, "end_date");
        OffsetDateTime from = time(params, "start_date");
        if (from == null) {
            from = (to == null ? OffsetDateTime.now(clock) : to).minusDays(DEFAULT_DAYS);
        }
        Boolean open = null;
        List<String> statuses = split(params.get("status"));
        for (String s : statuses) {
            if (!s.equals("open") && !s.equals("closed")) {
                throw Open311Error.badRequest("status 只能是 open 或 closed / status must be open or closed");
            }
        }
        if (statuses.contains("open") != statuses.contains("closed")) {
            open = statuses.contains("open");
        }
        List<RequestFeed.Row> rows = feed.search(visibility,
                new RequestFeed.Query(numbers, code.isEmpty() ? null : code, from, to, open, MAX_REQUESTS));
        return answer(format, writer.list(format, "service_requests", "request", rows(rows)));
    }

    @GetMapping("/requests/{id}.{fmt}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = open(fmt, params);
        RequestFeed.Row row = feed.byNumber(visibility(params), id)
                .orElseThrow(() -> Open311Error.notFound("没有编号为 " + id + " 的诉求 / no service request " + id));
        return answer(format, writer.list(format, "service_requests", "request", rows(List.of(row))));
    }

    @GetMapping("/tokens/{token}.{fmt}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = open(fmt, params);
        RequestFeed.Row row = feed.byToken(visibility(params), token)
                .orElseThrow(() -> Open311Error.notFound("没有查询码为 " + token + " 的诉求 / no service request for token " + token));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", row.number());
        m.put("token", row.trackingCode());
        return answer(format, writer.list(format, "service_requests", "request", List.of(m)));
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<byte[]> refused(Open311Error e, HttpServletRequest request) {
        Format format = Format.ofPath(request.getRequestURI());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String d : e.descriptions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", String.valueOf(e.status().value()));
            m.put("description", d);
            errors.add(m);
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.parseMediaType(format.contentType()))
                .body(writer.list(format, "errors", "error", errors));
    }

    /** The format, and the jurisdiction if the client named one: it must be ours. */
    private Format open(String fmt, Map<String, String> params) {
        Format format = Format.of(fmt).orElseThrow(() ->
                Open311Error.notFound("不支持的格式“" + fmt + "”，请用 .xml 或 .json / unsupported format, use .xml or .json"));
        String jurisdiction = RequestParser.value(params, "jurisdiction_id");
        if (!jurisdiction.isEmpty() && !jurisdiction.equals(region)) {
            throw Open311Error.notFound("未知的 jurisdiction_id“" + jurisdiction + "”，本服务为 " + region
                    + " / unknown jurisdiction_id, this endpoint serves " + region);
        }
        return format;
    }

    /** A key's division, or for anyone without a key the jurisdiction's Open311 cases only. */
    private RequestFeed.Visibility visibility(Map<String, String> params) {
        String apiKey = RequestParser.value(params, "api_key");
        if (!apiKey.isEmpty()) {
            ApiKeys.ApiKey key = keys.authenticate(apiKey)
                    .orElseThrow(() -> Open311Error.forbidden("api_key 无效或已停用 / api_key is invalid or revoked"));
            return new RequestFeed.Visibility(key.scope(), null);
        }
        DataScope jurisdiction = divisions.findByCode(region).map(d -> new DataScope(d.path()))
                .orElseThrow(() -> new IllegalStateException("linli.cases.public-region " + region + " is not a division"));
        return new RequestFeed.Visibility(jurisdiction, Channel.OPEN311);
    }

    private List<Map<String, Object>> rows(List<RequestFeed.Row> rows) {
        Map<String, Category> byCode = categories.all().stream().collect(Collectors.toMap(Category::code, Function.identity()));
        return rows.stream().map(r -> request(r, byCode.get(r.categoryCode()))).toList();
    }

    private static Map<String, Object> request(RequestFeed.Row r, Category category) {
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
        m.put("service_notice", category == null ? "" : limits(category));
        m.put("requested_datetime", iso(r.createdAt()));
        m.put("updated_datetime", iso(r.updatedAt()));
        m.put("expected_datetime", iso(r.finishDue()));
        m.put("address", r.address() == null ? r.divisionName() : r.divisionName() + " " + r.address());
        m.put("address_id", r.divisionCode());
        m.put("zipcode", "");
        m.put("lat", r.latitude());
        m.put("long", r.longitude());
        m.put("media_url", "");
        return m;
    }

    private static Map<String, Object> service(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.code());
        m.put("service_name", c.name());
        m.put("description", limits(c));
        m.put("metadata", true);
        m.put("type", "realtime");
        m.put("keywords", c.name());
        m.put("group", "社区诉求");
        return m;
    }

    /** The category's promise, as residents are told it: "2 个工作小时内受理，7 天内办结". */
    static String limits(Category c) {
        return c.acceptLimit().label() + "内受理，" + c.finishLimit().label() + "内办结";
    }

    private static String iso(OffsetDateTime t) {
        return t == null ? null
                : t.atZoneSameInstant(Times.zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** ISO-8601 with a zone; without one it is taken as China time, a bare date as its start. */
    private static OffsetDateTime time(Map<String, String> params, String name) {
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

    private static List<String> split(String v) {
        return v == null ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ResponseEntity<byte[]> answer(Format format, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType())).body(body);
    }
}
