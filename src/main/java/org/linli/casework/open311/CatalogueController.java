package org.linli.casework.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.internal.CaseLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** GeoReport's catalogue: where the endpoint is (discovery), the services (case categories) and their attributes. */
@Controller
@RequestMapping("/open311/v2")
class CatalogueController {

    /** When this API last changed in a way clients should notice (the spec's changeset). */
    static final String CHANGESET = "2025-06-01T00:00:00+08:00";

    private final Categories categories;
    private final Jurisdiction jurisdiction;
    private final Open311Writer writer;
    private final CaseLimits limits;

    CatalogueController(Categories categories, Jurisdiction jurisdiction, Open311Writer writer, CaseLimits limits) {
        this.categories = categories;
        this.jurisdiction = jurisdiction;
        this.writer = writer;
        this.limits = limits;
    }

    @GetMapping("/discovery.{fmt}")
    ResponseEntity<byte[]> discovery(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
        // Without a trailing slash: clients append "/services.json" (Code for America's Java client) or add the slash when
        // it is missing (the npm client); either way the address has one slash.
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
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
        return Jurisdiction.answer(format, writer.write(format, "discovery", doc));
    }

    @GetMapping("/services.{fmt}")
    ResponseEntity<byte[]> services(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
        String path = jurisdiction.path();
        List<Map<String, Object>> list = categories.active().stream().map(c -> service(c, limits.today(c.code(), path))).toList();
        return Jurisdiction.answer(format, writer.list(format, "services", "service", list));
    }

    @GetMapping("/services/{code}.{fmt}")
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
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
        return Jurisdiction.answer(format, writer.write(format, "service_definition", doc));
    }

    private static Map<String, Object> service(Category c, CaseLimits.Limits limits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.code());
        m.put("service_name", c.name());
        m.put("description", limits.promise());
        m.put("metadata", true);
        m.put("type", "realtime");
        m.put("keywords", c.name());
        m.put("group", "社区诉求");
        return m;
    }
}
