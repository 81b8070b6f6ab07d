package org.linli.casework.open311;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.linli.testing.XmlAnswers.dom;
import static org.linli.testing.XmlAnswers.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.linli.LinliTest;
import org.linli.testing.CaseworkFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LinliTest
class Open311Test {

    private static final String BASE = "/open311/v2/";
    private static final String COMMITTEE = "150104001002";
    private static final String GRID = "150104001002001";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    CaseworkFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @Test
    void servicesAreListedInJsonAndXml() throws Exception {
        JsonNode services = json(get(BASE + "services.json"), 200);
        assertThat(services.isArray()).isTrue();
        JsonNode sanitation = find(services, "service_code", "SANITATION");
        assertThat(sanitation.get("service_name").asString()).isEqualTo("环境卫生");
        assertThat(sanitation.get("description").asString()).contains("内受理，").contains("内办结");
        assertThat(sanitation.get("type").asString()).isEqualTo("realtime");
        assertThat(sanitation.get("metadata").asBoolean()).isTrue();

        MockHttpServletResponse xml = mvc.perform(get(BASE + "services.xml")).andExpect(status().isOk())
                .andExpect(content().contentType("text/xml;charset=utf-8")).andReturn().getResponse();
        Document doc = dom(xml);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("services");
        List<String> codes = texts(doc, "service_code");
        assertThat(codes).contains("SANITATION", "SAFETY");
        assertThat(((Element) doc.getElementsByTagName("service").item(0)).getElementsByTagName("service_name").item(0)
                .getTextContent()).isNotBlank();
        assertThat(Open311Writer.xmlText("井盖\u0001松动\t")).isEqualTo("井盖松动\t");
    }

    @Test
    void serviceDefinitionAndUnknownServiceInTheSpecsErrorFormat() throws Exception {
        JsonNode def = json(get(BASE + "services/SANITATION.json"), 200);
        assertThat(def.get("service_code").asString()).isEqualTo("SANITATION");
        assertThat(def.get("attributes").get(0).get("code").asString()).isEqualTo("hotline_number");
        Document xml = dom(mvc.perform(get(BASE + "services/SANITATION.xml")).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(texts(xml, "code")).containsExactly("hotline_number");

        JsonNode missing = json(get(BASE + "services/NOPE.json"), 404);
        assertThat(missing.get(0).get("code").asString()).isEqualTo("404");
        Document missingXml = dom(mvc.perform(get(BASE + "services/NOPE.xml")).andExpect(status().isNotFound()).andReturn().getResponse());
        assertThat(missingXml.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(texts(missingXml, "code")).containsExactly("404");
        mvc.perform(get(BASE + "services.html")).andExpect(status().isNotFound());
    }

    @Test
    void discoveryNamesTheEndpoint() throws Exception {
        JsonNode d = json(get(BASE + "discovery.json"), 200);
        JsonNode endpoint = d.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("type").asString()).isEqualTo("production");
        // Clients append "/services.json" to it (issue #13: no double slash).
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        Document xml = dom(mvc.perform(get(BASE + "discovery.xml")).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(texts(xml, "format")).containsExactly("text/xml", "application/json");
    }

    @Test
    void postingNeedsAKey() throws Exception {
        JsonNode noKey = json(post(BASE + "requests.json").param("service_code", "SANITATION").param("address_id", GRID)
                .param("description", "楼道垃圾无人清理"), 403);
        assertThat(noKey.get(0).get("code").asString()).isEqualTo("403");
        assertThat(noKey.get(0).get("description").asString()).startsWith("缺少 api_key / ");
        Document xml = dom(mvc.perform(post(BASE + "requests.xml").param("service_code", "SANITATION"))
                .andExpect(status().isForbidden()).andReturn().getResponse());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(texts(xml, "code")).containsExactly("403");
        json(post(BASE + "requests.json").param("api_key", "not-a-key").param("service_code", "SANITATION"), 403);
    }

    @Test
    void badSubmissionsAreRefusedOneErrorPerProblem() throws Exception {
        String key = newKey("测试系统甲", "150104");
        JsonNode badCode = json(submit(key).param("service_code", "NOPE").param("description", "Open311 测试：楼道垃圾堆积")
                .param("address_id", GRID), 400);
        assertThat(badCode.toString()).contains("unknown service_code");
        // North of the demo district's map (lat 40.69–40.79): placed nowhere, refused on the point (issue #13).
        JsonNode latLong = json(sanitation(key, "Open311 测试：楼道垃圾堆积").param("lat", "40.81").param("long", "111.65"), 400);
        assertThat(latLong.get(0).get("description").asString()).startsWith("lat：").contains("within the key's area");
        JsonNode nowhereAtAll = json(sanitation(key, "Open311 测试：楼道垃圾堆积"), 400);
        assertThat(nowhereAtAll.get(0).get("description").asString()).contains("lat and long").contains("address_string");
        // A service number is no one's telephone number; any real number is accepted (Open311ClientsTest).
        JsonNode phone = json(sanitation(key, "Open311 测试：楼道垃圾堆积").param("address_id", GRID).param("phone", "12345"), 400);
        assertThat(phone).hasSize(1);
        assertThat(phone.get(0).get("description").asString()).startsWith("phone：");
        JsonNode longText = json(sanitation(key, "长".repeat(4001)).param("address_id", GRID), 400);
        assertThat(longText.get(0).get("description").asString()).startsWith("description：").contains("4,000");
        JsonNode nowhere = json(sanitation(key, "Open311 测试：楼道垃圾堆积").param("address_string", "不存在的地方名字"), 400);
        assertThat(nowhere.get(0).get("description").asString()).contains("找不到").contains("use address_id");
        // Every committee has a "第1网格": across the whole district the name does not say which.
        JsonNode ambiguous = json(sanitation(key, "Open311 测试：楼道垃圾堆积").param("address_string", "第1网格"), 400);
        assertThat(ambiguous.get(0).get("description").asString()).contains("可指多处").contains("be more specific");
    }

    @Test
    void onlyOpen311WidensTheDescriptionTheFormsStillAskFiveTo2000Characters() throws Exception {
        for (String description : List.of("短短短短", "长".repeat(2001))) {
            String page = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                    .param("category", "SANITATION").param("placeCode", GRID).param("title", "描述长度").param("description", description))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("请描述问题（5 到 2000 个字）");
        }
        String key = newKey("描述长度系统", "150104");
        json(sanitation(key, "短").param("address_id", GRID), 200);
        json(sanitation(key, "长".repeat(4000)).param("address_id", GRID), 200);
    }

    @Test
    void aCaseSubmittedByAddressIdCanBeReadBackAndReachesTheCommunity() throws Exception {
        String key = newKey("测试系统乙", "150104");
        String submission = "t-" + UUID.randomUUID();
        JsonNode created = json(sanitation(key, "Open311：小区路灯不亮已三天").param("address_id", GRID)
                .param("first_name", "小明").param("last_name", "王").param("phone", "13900001111")
                .param("lat", "40.812345").param("long", "111.654321").param("submission_key", submission), 200);
        String id = created.get(0).get("service_request_id").asString();
        String token = created.get(0).get("token").asString();
        assertThat(id).startsWith("C");
        assertThat(created.get(0).get("account_id").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT channel FROM case_record WHERE number = :n").param("n", id).query(String.class).single())
                .isEqualTo("OPEN311");
        assertThat(jdbc.sql("SELECT reporter_name FROM case_record WHERE number = :n").param("n", id).query(String.class).single())
                .isEqualTo("王小明");

        JsonNode again = json(sanitation(key, "Open311：小区路灯不亮已三天").param("address_id", GRID)
                .param("submission_key", submission), 200);
        assertThat(again.get(0).get("service_request_id").asString()).isEqualTo(id);
        JsonNode byHeader = json(sanitation(key, "Open311：小区路灯不亮已三天").param("address_id", GRID)
                .header("Idempotency-Key", submission), 200);
        assertThat(byHeader.get(0).get("service_request_id").asString()).isEqualTo(id);

        JsonNode one = json(get(BASE + "requests/" + id + ".json"), 200);
        assertThat(one).hasSize(1);
        JsonNode r = one.get(0);
        assertThat(r.get("status").asString()).isEqualTo("open");
        assertThat(r.get("status_notes").asString()).isEqualTo("已上报");
        assertThat(r.get("service_code").asString()).isEqualTo("SANITATION");
        assertThat(r.get("address_id").asString()).isEqualTo(GRID);
        assertThat(r.get("agency_responsible").asString()).contains("五塔北街");
        assertThat(r.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(r.toString()).doesNotContain("13900001111").doesNotContain("王小明").doesNotContain("139****1111");
        Document xml = dom(mvc.perform(get(BASE + "requests/" + id + ".xml")).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(texts(xml, "service_request_id")).containsExactly(id);

        JsonNode t = json(get(BASE + "tokens/" + token + ".json"), 200);
        assertThat(t.get(0).get("service_request_id").asString()).isEqualTo(id);
        json(get(BASE + "tokens/ZZZZZZZZ.json"), 404);
        json(get(BASE + "requests/C19990101-1.json"), 404);

        String queue = mvc.perform(get("/cases").with(as("worker"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(queue).contains("Open311：小区路灯不亮已三天");
    }

    @Test
    void aCaseCanBePlacedByTheNameOfAnEstate() throws Exception {
        String estate = jdbc.sql("SELECT name FROM division WHERE level = 'ESTATE' AND path LIKE '%/" + COMMITTEE + "/%' LIMIT 1")
                .query(String.class).single();
        long sameName = jdbc.sql("SELECT count(*) FROM division WHERE level = 'ESTATE' AND name = :n").param("n", estate)
                .query(Long.class).single();
        String key = newKey("测试系统丙", COMMITTEE);
        JsonNode created = json(sanitation(key, "按名称定位：垃圾桶满溢").param("address_string", estate + " 3 号楼东侧"), 200);
        String id = created.get(0).get("service_request_id").asString();
        String code = jdbc.sql("SELECT d.code FROM case_record c JOIN division d ON d.id = c.division_id WHERE c.number = :n")
                .param("n", id).query(String.class).single();
        // Issue #13: the building the address names is the place (that estate's 3号楼).
        assertThat(jdbc.sql("SELECT b.name || ' @ ' || e.name FROM division b JOIN division e ON e.id = b.parent_id WHERE b.code = :c")
                .param("c", code).query(String.class).single()).isEqualTo("3号楼 @ " + estate);
        assertThat(sameName).isGreaterThanOrEqualTo(1);
        JsonNode r = json(get(BASE + "requests/" + id + ".json").param("api_key", key), 200).get(0);
        assertThat(r.get("address").asString()).contains(estate).contains("3 号楼东侧");
    }

    @Test
    void listsFilterByStatusAndDateAndHideReporters() throws Exception {
        String key = newKey("测试系统丁", "150104");
        String id = json(sanitation(key, "列表过滤：井盖松动").param("address_id", GRID)
                .param("first_name", "阿花").param("last_name", "李").param("phone", "13700002222"), 200)
                .get(0).get("service_request_id").asString();
        JsonNode open = json(get(BASE + "requests.json").param("status", "open"), 200);
        assertThat(ids(open)).contains(id);
        assertThat(ids(json(get(BASE + "requests.json").param("status", "closed"), 200))).doesNotContain(id);
        assertThat(json(get(BASE + "requests.json").param("start_date", "2099-01-01T00:00:00+08:00"), 200)).isEmpty();
        assertThat(json(get(BASE + "requests.json").param("start_date", "yesterday"), 400).get(0).get("code").asString())
                .isEqualTo("400");
        json(get(BASE + "requests.json").param("status", "pending"), 400);
        assertThat(ids(json(get(BASE + "requests.json").param("service_request_id", id + ",C19990101-1"), 200)))
                .containsExactly(id);
        String publicList = mvc.perform(get(BASE + "requests.json")).andReturn().getResponse().getContentAsString();
        String publicXml = mvc.perform(get(BASE + "requests.xml")).andReturn().getResponse().getContentAsString();
        for (String body : List.of(publicList, publicXml)) {
            assertThat(body).contains(id).doesNotContain("13700002222").doesNotContain("李阿花").doesNotContain("137****2222");
        }

        // Without a key only Open311 cases are public; with one, every case of the key's division.
        long staffCase = cases.open("worker", "SANITATION", GRID, "电话反映：楼道灯不亮（非 Open311）");
        String staffNumber = jdbc.sql("SELECT number FROM case_record WHERE id = :id").param("id", staffCase).query(String.class).single();
        assertThat(ids(json(get(BASE + "requests.json"), 200))).doesNotContain(staffNumber);
        assertThat(ids(json(get(BASE + "requests.json").param("api_key", key), 200))).contains(staffNumber, id);
    }

    @Test
    void aKeyPlacesCasesOnlyWithinItsDivisionAndRevokedKeysAreRefused() throws Exception {
        String other = newKey("另一街道系统", "150104002");
        JsonNode outside = json(sanitation(other, "Open311 测试：楼道垃圾堆积").param("address_id", COMMITTEE), 400);
        assertThat(outside.get(0).get("description").asString()).startsWith("address_id：");
        long keyId = jdbc.sql("SELECT id FROM api_key WHERE name = '另一街道系统'").query(Long.class).single();
        mvc.perform(post("/api-keys/{id}/revoke", keyId).with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        json(sanitation(other, "Open311 测试：楼道垃圾堆积").param("address_id", "150104002002"), 403);
        json(get(BASE + "requests.json").param("api_key", other), 403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'API_KEY_REVOKE' AND target LIKE '另一街道系统%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void statusNotesGiveTheRefusalAndTheLeadingDepartmentIsResponsibleWhileSummoned() throws Exception {
        String key = newKey("测试系统戊", "150104");
        String refused = json(sanitation(key, "状态说明：请求不予受理").param("address_id", GRID), 200)
                .get(0).get("service_request_id").asString();
        long refusedId = caseId(refused);
        mvc.perform(get("/cases/{id}", refusedId).with(as("worker"))).andExpect(status().isOk());
        cases.move("worker", refusedId, "REJECTED", "属于私人物业纠纷，请联系物业");
        JsonNode r = json(get(BASE + "requests/" + refused + ".json"), 200).get(0);
        assertThat(r.get("status").asString()).isEqualTo("closed");
        assertThat(r.get("status_notes").asString()).isEqualTo("不予受理：属于私人物业纠纷，请联系物业");

        String summoned = json(sanitation(key, "状态说明：需部门处置的问题").param("address_id", GRID), 200)
                .get(0).get("service_request_id").asString();
        long summonedId = caseId(summoned);
        cases.move("worker", summonedId, "ACCEPTED", "");
        cases.move("worker", summonedId, "ESCALATED", "需城管处置");
        long cgj = jdbc.sql("SELECT id FROM department WHERE code = 'YQ-CGJ'").query(Long.class).single();
        mvc.perform(post("/cases/{id}/summon", summonedId).param("department", String.valueOf(cgj))
                .param("leading", String.valueOf(cgj)).param("note", "请城管处置").with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode s = json(get(BASE + "requests/" + summoned + ".json"), 200).get(0);
        assertThat(s.get("status").asString()).isEqualTo("open");
        assertThat(s.get("agency_responsible").asString()).isEqualTo("玉泉区城市管理综合行政执法局");
        assertThat(ids(json(get(BASE + "requests.json").param("status", "closed"), 200))).contains(refused).doesNotContain(summoned);
    }

    @Test
    void aForeignJurisdictionIsNotFound() throws Exception {
        JsonNode e = json(get(BASE + "services.json").param("jurisdiction_id", "110101"), 404);
        assertThat(e.get(0).get("description").asString()).contains("jurisdiction_id");
        json(get(BASE + "services.json").param("jurisdiction_id", "150104"), 200);
    }

    @Test
    void theKeysPageShowsANewKeyOnceAndStoresOnlyItsHash() throws Exception {
        String page = mvc.perform(post("/api-keys").param("name", "").param("divisionCode", "999999").with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写对接系统名称").contains("value=\"999999\"");
        String outside = mvc.perform(post("/api-keys").param("name", "越权系统").param("divisionCode", "999999").with(as("admin"))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("不在您的管辖范围内").contains("value=\"越权系统\"");
        String key = newKey("一次显示系统", "150104001");
        assertThat(key).hasSize(43);
        byte[] stored = jdbc.sql("SELECT key_hash FROM api_key WHERE name = '一次显示系统'").query(byte[].class).single();
        assertThat(stored).isEqualTo(ApiKeys.hash(key));
        assertThat(jdbc.sql("SELECT key_prefix FROM api_key WHERE name = '一次显示系统'").query(String.class).single())
                .isEqualTo(key.substring(0, 8));
        String list = mvc.perform(get("/api-keys").with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("一次显示系统").contains(key.substring(0, 8)).doesNotContain(key);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'API_KEY_CREATE' AND target LIKE '一次显示系统%'")
                .query(String.class).single()).isNotBlank().doesNotContain(key);
        mvc.perform(get("/api-keys").with(as("worker"))).andExpect(status().isForbidden());
    }

    // --- helpers

    private MockHttpServletRequestBuilder submit(String key) {
        return post(BASE + "requests.json").param("api_key", key);
    }

    private MockHttpServletRequestBuilder sanitation(String key, String description) {
        return submit(key).param("service_code", "SANITATION").param("description", description);
    }

    private String newKey(String name, String divisionCode) throws Exception {
        return cases.apiKey(name, divisionCode);
    }

    private long caseId(String number) {
        return jdbc.sql("SELECT id FROM case_record WHERE number = :n").param("n", number).query(Long.class).single();
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).startsWith("application/json");
        return json.readTree(response.getContentAsByteArray());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError(field + " " + value + " not in " + array);
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("service_request_id").asString()));
        return out;
    }
}
