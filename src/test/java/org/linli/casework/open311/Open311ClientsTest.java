package org.linli.casework.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.casework.open311.Open311Schemas.valid;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;


import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.shared.DataScope;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.XmlAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 as three existing clients use it (issue #13), each request shaped as its source builds it:
 * FixMyStreet ({@code mysociety/fixmystreet}, {@code perllib/Open311.pm}: {@code _populate_service_request_params},
 * {@code get_service_requests}, {@code get_service_request_updates}, {@code _request}), Code for America's Java
 * client ({@code codeforamerica/open311_java}, {@code internals/network/URLBuilder.java} and
 * {@code facade/data/operations/POSTServiceRequestData.java}) and the npm {@code open311} client
 * ({@code open311.js}: {@code serviceDiscovery}, {@code submitRequest}, {@code serviceRequests}, {@code _get},
 * {@code _post}). Every JSON answer is checked against GeoReport v2's schemas ({@link Open311Schemas}).
 */
@LinliTest
class Open311ClientsTest {

    private static final String BASE = "/open311/v2/";
    private static final String GRID = CaseworkFixtures.GRID;
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Divisions divisions;
    @Autowired
    Locator locator;
    @Autowired
    Clock clock;
    @Autowired
    MediaFetcher fetcher;

    CaseworkFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @Test
    void fixMyStreetSendsAPointAloneAndReadsTheRequestAndItsUpdatesBack() throws Exception {
        String key = cases.apiKey("FixMyStreet 玉泉", "150104");
        Division building = buildingIn(GRID);
        LatLon at = locator.centre(building).orElseThrow();
        OffsetDateTime before = OffsetDateTime.now(clock).minusMinutes(5);
        // FixMyStreet posts form fields: jurisdiction_id and api_key, then the report's; lat/long truncated to 6 places.
        Document created = xml(post(BASE + "requests.xml").param("jurisdiction_id", "150104").param("api_key", key)
                .param("service_code", "SANITATION").param("description", "垃圾桶满溢\n\n三号楼门口的垃圾桶两天没人清\n\nhttps://fms.example/report/1\n")
                .param("first_name", "Jane").param("last_name", "Smith").param("email", "jane.smith@example.org")
                .param("phone", "01234 567890").param("lat", six(at.lat())).param("long", six(at.lon())), 200);
        String id = XmlAnswers.texts(created, "service_request_id").getFirst();

        // The point alone placed the case at the building, in its grid.
        String path = jdbc.sql("SELECT division_path FROM case_record WHERE number = :n").param("n", id).query(String.class).single();
        assertThat(path).isEqualTo(building.path()).startsWith(divisions.findByCode(GRID).orElseThrow().path());
        // The UK number is kept sealed, shown by its last four digits; the case itself has no mainland mobile.
        assertThat(jdbc.sql("SELECT phone_mask FROM case_open311 o JOIN case_record c ON c.id = o.case_id WHERE c.number = :n")
                .param("n", id).query(String.class).single()).isEqualTo("****7890");
        assertThat(jdbc.sql("SELECT count(*) FROM case_open311 o JOIN case_record c ON c.id = o.case_id WHERE c.number = :n"
                + " AND position(convert_to('567890', 'UTF8') IN o.phone) > 0").param("n", id).query(Long.class).single()).isZero();

        Document list = xml(get(BASE + "requests.xml").param("jurisdiction_id", "150104").param("service_request_id", id + ",C19990101-1"), 200);
        assertThat(XmlAnswers.texts(list, "service_request_id")).containsExactly(id);
        assertThat(Double.parseDouble(XmlAnswers.texts(list, "lat").getFirst())).isCloseTo(at.lat(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(XmlAnswers.texts(list, "long").getFirst())).isCloseTo(at.lon(), org.assertj.core.data.Offset.offset(1e-6));

        long caseId = caseId(id);
        cases.move("worker", caseId, "ACCEPTED", "内部备注：先联系物业核实");
        cases.move("worker", caseId, "VERIFYING", "物业已清运垃圾桶");
        cases.move("worker", caseId, "CLOSED", "已核实清运完毕，感谢反映");
        OffsetDateTime after = OffsetDateTime.now(clock).plusMinutes(5);
        // get_service_request_updates: api_key, start_date and end_date in W3CDTF, jurisdiction_id.
        Document updates = xml(get(BASE + "servicerequestupdates.xml").param("api_key", key)
                .param("start_date", W3CDTF.format(before.withOffsetSameInstant(ZoneOffset.UTC)))
                .param("end_date", W3CDTF.format(after)).param("jurisdiction_id", "150104"), 200);
        assertThat(updates.getDocumentElement().getTagName()).isEqualTo("service_requests_updates");
        List<Element> mine = new ArrayList<>();
        NodeList all = updates.getElementsByTagName("request_update");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getElementsByTagName("service_request_id").item(0).getTextContent())) {
                mine.add(e);
            }
        }
        assertThat(mine.stream().map(e -> child(e, "status")).toList())
                .containsExactly("open", "investigating", "in_progress", "fixed");
        assertThat(mine.stream().map(e -> child(e, "description")).toList())
                .containsExactly("已上报", "已立案，社区办理", "物业已清运垃圾桶", "已核实清运完毕，感谢反映");
        assertThat(mine.stream().map(e -> child(e, "external_status_code")).toList())
                .containsExactly("REPORTED", "ACCEPTED", "VERIFYING", "CLOSED");
        assertThat(mine).allSatisfy(e -> assertThat(child(e, "update_id")).isNotBlank());
        String body = mvc.perform(get(BASE + "servicerequestupdates.xml").param("api_key", key)).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("内部备注").doesNotContain("Smith").doesNotContain("567890").doesNotContain("jane.smith");
    }

    @Test
    void theUpdatesFeedIsValidJsonAndPublicWithoutAKeyForOpen311CasesOnly() throws Exception {
        String key = cases.apiKey("更新测试系统", "150104");
        String id = json(submit(key).param("service_code", "SANITATION").param("description", "路灯不亮").param("address_id", GRID), 200)
                .get(0).get("service_request_id").asString();
        cases.move("worker", caseId(id), "ACCEPTED", "");
        long staffCase = cases.open("worker", "SANITATION", GRID, "电话反映：井盖松动（非 Open311）");
        cases.move("worker", staffCase, "ACCEPTED", "");
        String staffNumber = jdbc.sql("SELECT number FROM case_record WHERE id = :id").param("id", staffCase).query(String.class).single();

        JsonNode open = valid("updates", json(get(BASE + "servicerequestupdates.json"), 200));
        List<String> ids = new ArrayList<>();
        open.forEach(u -> ids.add(u.get("service_request_id").asString()));
        assertThat(ids).contains(id).doesNotContain(staffNumber);
        String refused = json(submit(key).param("service_code", "SANITATION").param("description", "私家车位纠纷").param("address_id", GRID), 200)
                .get(0).get("service_request_id").asString();
        cases.move("worker", caseId(refused), "REJECTED", "属于业主之间的纠纷，请联系物业调解");
        JsonNode last = null;
        for (JsonNode u : valid("updates", json(get(BASE + "servicerequestupdates.json"), 200))) {
            if (u.get("service_request_id").asString().equals(refused)) {
                last = u;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.get("status").asString()).isEqualTo("not_councils_responsibility");
        assertThat(last.get("description").asString()).isEqualTo("属于业主之间的纠纷，请联系物业调解");
        assertThat(last.get("media_url").isNull()).isTrue();
        JsonNode keyed = valid("updates", json(get(BASE + "servicerequestupdates.json").param("api_key", key), 200));
        List<String> keyedIds = new ArrayList<>();
        keyed.forEach(u -> keyedIds.add(u.get("service_request_id").asString()));
        assertThat(keyedIds).contains(id, staffNumber);
        assertThat(json(get(BASE + "servicerequestupdates.json").param("start_date", "2099-01-01T00:00:00Z"), 200)).isEmpty();
        valid("errors", json(get(BASE + "servicerequestupdates.json").param("end_date", "tomorrow"), 400));
    }

    @Test
    void codeForAmericasJavaClientSubmitsByAddressAndByAddressIdWithEveryContactField() throws Exception {
        String key = cases.apiKey("CfA Java", CaseworkFixtures.COMMITTEE);
        String estate = jdbc.sql("SELECT name FROM division WHERE level = 'ESTATE' AND path LIKE :p LIMIT 1")
                .param("p", "%/" + CaseworkFixtures.COMMITTEE + "/%").query(String.class).single();
        // URLBuilder.buildPostServiceRequestUrl: base + "/" + "requests" + "." + format, api_key and jurisdiction_id
        // in the query; POSTServiceRequestData's parameters as the form: setAddress sends "address".
        String url = endpoint() + "/requests.json?jurisdiction_id=150104&api_key=" + key;
        JsonNode byAddress = valid("created", json(post(path(url)).param("jurisdiction_id", "150104").param("api_key", key)
                .param("service_code", "SANITATION").param("address", estate).param("description", "Bins overflowing"), 200));
        String placed = jdbc.sql("SELECT d.name FROM case_record c JOIN division d ON d.id = c.division_id WHERE c.number = :n")
                .param("n", byAddress.get(0).get("service_request_id").asString()).query(String.class).single();
        assertThat(placed).isEqualTo(estate);

        // setAddressId(long), setEmail, setDeviceId, setAccountId(long), setFirstName, setLastName, setPhone, no description.
        JsonNode created = valid("created", json(post(path(url)).param("jurisdiction_id", "150104").param("api_key", key)
                .param("service_code", "SAFETY").param("address_id", String.valueOf(Long.parseLong(GRID)))
                .param("email", "wang.xiaoming@example.com").param("device_id", "a1b2c3d4e5").param("account_id", "42")
                .param("first_name", "小明").param("last_name", "王").param("phone", "+86 138-0013-8000"), 200));
        assertThat(created.get(0).get("account_id").asString()).isEqualTo("42");
        String id = created.get(0).get("service_request_id").asString();
        record Kept(String description, String reporterName, String reporterPhoneMask, String firstName, String lastName, String emailMask,
                    byte[] email, String deviceId, String accountId, String phoneMask) {
        }
        Kept kept = jdbc.sql("""
                        SELECT c.description, c.reporter_name, c.reporter_phone_mask, o.first_name, o.last_name, o.email_mask, o.email,
                               o.device_id, o.account_id, o.phone_mask
                        FROM case_record c JOIN case_open311 o ON o.case_id = c.id WHERE c.number = :n""")
                .param("n", id).query(Kept.class).single();
        assertThat(kept.description()).isEqualTo(jdbc.sql("SELECT name FROM case_category WHERE code = 'SAFETY'").query(String.class).single());
        assertThat(kept.reporterName()).isEqualTo("王小明");
        assertThat(kept.reporterPhoneMask()).isEqualTo("138****8000");
        assertThat(kept.phoneMask()).isNull();
        assertThat(List.of(kept.firstName(), kept.lastName(), kept.deviceId(), kept.accountId())).containsExactly("小明", "王", "a1b2c3d4e5", "42");
        assertThat(kept.emailMask()).isEqualTo("w***@example.com");
        assertThat(new String(kept.email(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("example.com");

        // GET a request: base + "/requests/" + id + "." + format; a place without a point answers with its centre.
        JsonNode one = valid("requests", json(get(path(endpoint() + "/requests/" + id + ".json")).param("jurisdiction_id", "150104"), 200));
        LatLon centre = locator.centre(divisions.findByCode(GRID).orElseThrow()).orElseThrow();
        assertThat(one.get(0).get("lat").isNumber()).isTrue();
        assertThat(one.get(0).get("lat").asDouble()).isCloseTo(centre.lat(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(one.get(0).get("long").asDouble()).isCloseTo(centre.lon(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(one.get(0).get("media_url").isNull()).isTrue();
        assertThat(one.toString()).doesNotContain("wang.xiaoming").doesNotContain("w***@").doesNotContain("13800138000")
                .doesNotContain("138****8000").doesNotContain("a1b2c3d4e5");
        // GET services and a definition with the URLs it builds.
        valid("services", json(get(path(endpoint() + "/services.json")).param("jurisdiction_id", "150104"), 200));
        valid("service-definition", json(get(path(endpoint() + "/services/SANITATION.json")).param("jurisdiction_id", "150104"), 200));
    }

    @Test
    void theNpmClientDiscoversTheEndpointSubmitsAndReadsListsSeparatedByCommas() throws Exception {
        String key = cases.apiKey("npm open311", "150104");
        // serviceDiscovery: the url as given, a slash added when it has none.
        MockHttpServletResponse discovery = mvc.perform(get(BASE + "discovery.json")).andReturn().getResponse();
        assertThat(discovery.getContentType()).isEqualTo("application/json;charset=utf-8");
        String url = valid("discovery", json.readTree(discovery.getContentAsByteArray())).get("endpoints").get(0).get("url").asString();
        assertThat(url).doesNotEndWith("/");
        String endpoint = url + "/";
        valid("services", json(get(path(endpoint + "services.json")), 200));

        // submitRequest: the data as the form with api_key and attribute[…]; jurisdiction_id in the query.
        Division building = buildingIn(GRID);
        LatLon at = locator.centre(building).orElseThrow();
        String first = valid("created", json(post(path(endpoint + "requests.json?jurisdiction_id=150104")).param("jurisdiction_id", "150104")
                .param("api_key", key).param("service_code", "SANITATION").param("lat", String.valueOf(at.lat()))
                .param("long", String.valueOf(at.lon())).param("description", "npm：楼下积水")
                .param("attribute[hotline_number]", "GD-2026-0001"), 200)).get(0).get("service_request_id").asString();
        String second = valid("created", json(post(path(endpoint + "requests.json")).param("api_key", key).param("service_code", "SAFETY")
                .param("address_id", GRID).param("description", "npm：楼道堆物"), 200)).get(0).get("service_request_id").asString();

        // serviceRequests([ids]): service_request_id joined by commas.
        JsonNode both = valid("requests", json(get(path(endpoint + "requests.json")).param("service_request_id", first + "," + second), 200));
        assertThat(ids(both)).containsExactlyInAnyOrder(first, second);
        JsonNode pointed = both.get(ids(both).indexOf(first));
        assertThat(pointed.get("lat").asDouble()).isCloseTo(at.lat(), org.assertj.core.data.Offset.offset(1e-6));
        // service_code separated by commas; an unknown one is not found.
        JsonNode byCodes = valid("requests", json(get(path(endpoint + "requests.json")).param("service_code", "SANITATION,SAFETY")
                .param("status", "open"), 200));
        assertThat(ids(byCodes)).contains(first, second);
        assertThat(ids(json(get(path(endpoint + "requests.json")).param("service_code", "SAFETY"), 200))).contains(second).doesNotContain(first);
        valid("errors", json(get(path(endpoint + "requests.json")).param("service_code", "SANITATION,NOPE"), 404));
        valid("errors", json(get(path(endpoint + "services/NOPE.json")), 404));
        // page and page_size (the client's Baltimore example sends page_size), bounded.
        assertThat(json(get(path(endpoint + "requests.json")).param("page_size", "1"), 200)).hasSize(1);
        JsonNode page2 = json(get(path(endpoint + "requests.json")).param("page_size", "1").param("page", "2"), 200);
        assertThat(ids(page2)).hasSize(1).doesNotContainAnyElementsOf(ids(json(get(path(endpoint + "requests.json")).param("page_size", "1"), 200)));
        valid("errors", json(get(path(endpoint + "requests.json")).param("page_size", "100000"), 400));
        // serviceRequest(id) and token(token).
        valid("requests", json(get(path(endpoint + "requests/" + second + ".json")), 200));
        String token = jdbc.sql("SELECT tracking_code FROM case_record WHERE number = :n").param("n", second).query(String.class).single();
        valid("token", json(get(path(endpoint + "tokens/" + token + ".json")), 200));
    }

    @Test
    void aPointOutsideTheKeysAreaIsRefusedInOpen311sFormat() throws Exception {
        String key = cases.apiKey("另一街道的系统", "150104002");
        LatLon elsewhere = locator.centre(buildingIn(GRID)).orElseThrow();
        JsonNode refused = valid("errors", json(submit(key).param("service_code", "SANITATION").param("lat", six(elsewhere.lat()))
                .param("long", six(elsewhere.lon())), 400));
        assertThat(refused.get(0).get("code").asString()).isEqualTo("400");
        assertThat(refused.get(0).get("description").asString()).startsWith("lat：该位置不在本辖区").contains("within the key's area");
        Document xml = xml(post(BASE + "requests.xml").param("api_key", key).param("service_code", "SANITATION")
                .param("lat", "39.9").param("long", "116.4"), 400);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
    }

    @Test
    void aMediaUrlIsFetchedFromPublicAddressesOnlyAndAnsweredAsThePhotosAddress() throws Exception {
        String key = cases.apiKey("带照片的系统", "150104");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/p/photo.png", x -> {
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, CaseworkFixtures.PNG.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(CaseworkFixtures.PNG);
            }
        });
        server.start();
        String media = "http://127.0.0.1:" + server.getAddress().getPort() + "/p/photo.png";
        try {
            for (String inside : List.of(media, "http://localhost:" + server.getAddress().getPort() + "/p/photo.png",
                    "http://10.0.0.8/photo.jpg", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd")) {
                JsonNode refused = valid("errors", json(submit(key).param("service_code", "SANITATION").param("address_id", GRID)
                        .param("description", "带照片的诉求").param("media_url", inside), 400));
                assertThat(refused.get(0).get("description").asString()).as(inside).startsWith("media_url：");
            }
            assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE description = '带照片的诉求'").query(Long.class).single()).isZero();

            // The rule stays; only this test's server on loopback is let through, by the fetcher's address rule.
            MediaFetcher.AddressPolicy real = (MediaFetcher.AddressPolicy) ReflectionTestUtils.getField(fetcher, "addresses");
            ReflectionTestUtils.setField(fetcher, "addresses", (MediaFetcher.AddressPolicy) a -> a.isLoopbackAddress());
            String id;
            try {
                id = json(submit(key).param("service_code", "SANITATION").param("address_id", GRID)
                        .param("description", "带照片的诉求").param("media_url", media), 200).get(0).get("service_request_id").asString();
            } finally {
                ReflectionTestUtils.setField(fetcher, "addresses", real);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM case_attachment a JOIN case_record c ON c.id = a.case_id WHERE c.number = :n")
                    .param("n", id).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT o.media_url FROM case_open311 o JOIN case_record c ON c.id = o.case_id WHERE c.number = :n")
                    .param("n", id).query(String.class).single()).isEqualTo(media);
            JsonNode r = valid("requests", json(get(BASE + "requests/" + id + ".json"), 200)).get(0);
            String photoUrl = r.get("media_url").asString();
            assertThat(photoUrl).contains("/open311/v2/media/" + id + "/");
            MockHttpServletResponse photo = mvc.perform(get(path(photoUrl))).andReturn().getResponse();
            assertThat(photo.getStatus()).isEqualTo(200);
            assertThat(photo.getContentType()).isEqualTo("image/png");
            assertThat(photo.getContentAsByteArray()).isEqualTo(CaseworkFixtures.PNG);
            JsonNode updates = valid("updates", json(get(BASE + "servicerequestupdates.json"), 200));
            updates.forEach(u -> {
                if (u.get("service_request_id").asString().equals(id)) {
                    assertThat(u.get("media_url").asString()).isEqualTo(photoUrl);
                }
            });
            // A photo of another case, or of none, is not found under this request.
            assertThat(mvc.perform(get(BASE + "media/" + id + "/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBadDocumentFailsTheSchemasSoTheChecksAboveMeanSomething() throws Exception {
        JsonNode bad = json.readTree("[{\"service_request_id\":\"1\",\"status\":\"pending\",\"service_code\":\"X\","
                + "\"requested_datetime\":\"yesterday\",\"lat\":\"40.7\",\"media_url\":\"\"}]");
        assertThat(Open311Schemas.errors("requests", bad)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Open311Schemas.errors("discovery", json.readTree(
                "{\"changeset\":\"2025-06-01T00:00:00+08:00\",\"contact\":\"x\",\"endpoints\":[{\"specification\":\"http://wiki.open311.org/GeoReport_v2\","
                        + "\"url\":\"http://h/open311/v2/\",\"type\":\"production\",\"formats\":[\"application/json\"]}]}"))).isNotEmpty();
    }

    // --- helpers

    private Division buildingIn(String code) {
        Division grid = divisions.findByCode(code).orElseThrow();
        return divisions.search("", new DataScope(grid.path()), List.of(Level.BUILDING), 1).getFirst();
    }

    private MockHttpServletRequestBuilder submit(String key) {
        return post(BASE + "requests.json").param("api_key", key);
    }

    private String endpoint() throws Exception {
        return json(get(BASE + "discovery.json"), 200).get("endpoints").get(0).get("url").asString();
    }

    /** The path and query of an absolute URL, for MockMvc. */
    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String six(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }

    private long caseId(String number) {
        return jdbc.sql("SELECT id FROM case_record WHERE number = :n").param("n", number).query(Long.class).single();
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).isEqualTo("application/json;charset=utf-8");
        return json.readTree(response.getContentAsByteArray());
    }

    private Document xml(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).isEqualTo("text/xml;charset=utf-8");
        return XmlAnswers.dom(response);
    }

    private static String child(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("service_request_id").asString()));
        return out;
    }
}
