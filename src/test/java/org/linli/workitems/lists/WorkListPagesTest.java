package org.linli.workitems.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.linli.testing.WorkListFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The lists' pages with the demo district: the demo's four lists read by everyone in the district
 * and by anyone on the public page; the draft edited, imported and published by the district's
 * administrator only, refusals on their fields with what was typed. The tests edit the duty and
 * assistance lists only, never the negative list that admission reads.
 */
@LinliTest
class WorkListPagesTest {

    private static final String DISTRICT = "/15/1501/150104/";

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkListsInForce inForce;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void theDemoListsAreReadInTheDistrictAndOnThePublicPageWithoutSigningIn() throws Exception {
        LocalDate today = clock.today();
        assertThat(inForce.inForce(DISTRICT, ListKind.CERTIFICATE, today)).hasSize(33);
        assertThat(inForce.inForce(DISTRICT, ListKind.NEGATIVE, today)).hasSize(24);
        assertThat(inForce.matchNegative(DISTRICT + "150104001/", "请社区负责辖区违建的拆除工作", today))
                .map(ListEntry::title).contains("拆临拆违");

        for (String who : List.of("worker", "street", "dept", "admin")) {
            assertThat(page(get("/worklists"), who)).contains("data-testid=\"list-card\"", "不应由社区出具的证明事项清单",
                    "/public/worklists/150104");
            assertThat(page(get("/worklists/certificate"), who)).contains("无犯罪记录证明", "公安机关", "第 1 版");
        }
        assertThat(page(get("/worklists/negative"), "worker")).doesNotContain("data-testid=\"draft\"");
        mvc.perform(get("/worklists").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/worklists/nothing").with(as("worker"))).andExpect(status().isNotFound());

        String open = mvc.perform(get("/public/worklists/150104")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(open).contains("data-testid=\"public-list\"", "玉泉区", "拆临拆违", "亲属关系证明", "公证机构",
                today.withDayOfYear(1) + " 起施行", "work-list-entry");
        mvc.perform(get("/public/worklists/150104001")).andExpect(status().isNotFound());
        mvc.perform(get("/public/worklists/999999")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheDistrictsAdministratorEditsAndABlankTitleComesBackOnItsFieldWithWhatWasTyped() throws Exception {
        for (String who : List.of("worker", "street", "dept")) {
            mvc.perform(post("/worklists/duty/entries").with(as(who)).with(csrf())
                            .param("title", "新事项").param("basis", "依据").param("authority", "单位"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/worklists/duty/draft").with(as(who)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM work_list WHERE region_path = :r AND kind = 'DUTY' AND effective_from IS NULL")
                .param("r", DISTRICT).query(Long.class).single()).isZero();

        String refused = mvc.perform(post("/worklists/duty/entries").with(as("admin")).with(csrf())
                        .param("title", " ").param("basis", "《中华人民共和国城市居民委员会组织法》第三条").param("authority", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"entry-title-error\"", "请填写事项名称", "请填写责任单位或主管部门",
                "value=\"《中华人民共和国城市居民委员会组织法》第三条\"");
    }

    @Test
    void anImportPutsTheGoodRowsInADraftAndReturnsTheBadOnesAndPublishingRefusesAPastDay() throws Exception {
        byte[] file = WorkListFixtures.sheet(WorkListFixtures.HEADER,
                new String[] {"2", "人口普查协助", "入户登记", "《全国人口普查条例》", "区统计局", "人口普查"},
                new String[] {"1", "征兵协助", "", "《中华人民共和国兵役法》", "区人民武装部", "征兵、兵役登记"},
                new String[] {"3", "", "无名称", "某依据", "某单位", ""},
                new String[] {"x", "计划生育协助", "", "", "区卫生健康委员会", ""},
                new String[] {"5", "社会救助协助", "低保", "《社会救助暂行办法》", "区民政局", "低保、特困"});
        String shown = mvc.perform(multipart("/worklists/assistance/import").file(new MockMultipartFile("file", "协助.xlsx", null, file))
                        .with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("imported").toString();
        assertThat(shown).contains("rows=5", "imported=3", "line=4", "事项名称未填写", "line=5", "序号“x”应为正整数", "依据未填写");

        WorkList draft = draft("ASSISTANCE");
        assertThat(jdbc.sql("SELECT title FROM work_list_entry WHERE list_id = :id ORDER BY number").param("id", draft.id())
                .query(String.class).list()).containsExactly("征兵协助", "人口普查协助", "社会救助协助");
        assertThat(page(get("/worklists/assistance"), "admin")).contains("data-testid=\"draft-entry\"", "征兵协助");

        String past = mvc.perform(post("/worklists/assistance/publish").with(as("admin")).with(csrf())
                        .param("version", String.valueOf(draft.version())).param("effectiveFrom", clock.today().minusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("data-testid=\"publish-error\"", "施行日期不能早于今天");
        assertThat(draft("ASSISTANCE").id()).isEqualTo(draft.id());

        LocalDate later = clock.today().plusDays(30);
        mvc.perform(post("/worklists/assistance/publish").with(as("admin")).with(csrf())
                        .param("version", String.valueOf(draft.version())).param("effectiveFrom", later.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(inForce.inForce(DISTRICT, ListKind.ASSISTANCE, later.minusDays(1))).hasSize(17);
        assertThat(inForce.inForce(DISTRICT, ListKind.ASSISTANCE, later)).extracting(ListEntry::title)
                .containsExactly("征兵协助", "人口普查协助", "社会救助协助");
        mvc.perform(post("/worklists/assistance/publish").with(as("admin")).with(csrf())
                .param("version", String.valueOf(draft.version())).param("effectiveFrom", later.toString())).andExpect(status().isOk());

        byte[] exported = mvc.perform(get("/worklists/assistance/versions/{v}.xlsx", draft.version()).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("征兵协助");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        mvc.perform(get("/worklists/template.xlsx").with(as("worker"))).andExpect(status().isOk());
        mvc.perform(get("/worklists/assistance/versions/99.xlsx").with(as("worker"))).andExpect(status().isNotFound());
    }

    @Test
    void aDraftEntryIsEditedMovedAndDeletedAndPublishedTodayItIsInForceAtOnce() throws Exception {
        mvc.perform(post("/worklists/duty/draft").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        WorkList draft = draft("DUTY");
        mvc.perform(post("/worklists/duty/entries").with(as("admin")).with(csrf()).param("title", "开展志愿服务")
                .param("basis", "《志愿服务条例》").param("authority", "社区居民委员会").param("keywords", "志愿者"))
                .andExpect(status().is3xxRedirection());
        List<Long> ids = jdbc.sql("SELECT id FROM work_list_entry WHERE list_id = :id ORDER BY number").param("id", draft.id())
                .query(Long.class).list();
        assertThat(ids).hasSize(12);
        long added = ids.getLast();
        mvc.perform(post("/worklists/duty/entries/{id}/move", added).param("by", "-1").with(as("admin")).with(csrf()));
        mvc.perform(post("/worklists/duty/entries/{id}", added).with(as("admin")).with(csrf()).param("title", "组织志愿服务")
                .param("basis", "《志愿服务条例》").param("authority", "社区居民委员会")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/worklists/duty/entries/{id}/delete", ids.getFirst()).with(as("admin")).with(csrf()));
        assertThat(jdbc.sql("SELECT title FROM work_list_entry WHERE list_id = :id ORDER BY number").param("id", draft.id())
                .query(String.class).list()).hasSize(11).element(9).isEqualTo("组织志愿服务");
        mvc.perform(post("/worklists/duty/entries/{id}", ids.get(2)).with(as("worker")).with(csrf()).param("title", "x")
                .param("basis", "x").param("authority", "x")).andExpect(status().isForbidden());

        mvc.perform(post("/worklists/duty/publish").with(as("admin")).with(csrf())
                .param("version", String.valueOf(draft.version())).param("effectiveFrom", clock.today().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(inForce.inForce(DISTRICT, ListKind.DUTY, clock.today())).hasSize(11).extracting(ListEntry::version)
                .containsOnly(draft.version());
        assertThat(inForce.inForce(DISTRICT, ListKind.DUTY, clock.today().minusDays(1))).hasSize(11)
                .extracting(ListEntry::version).containsOnly(draft.version() - 1);
        assertThat(page(get("/worklists/duty?version={v}", draft.version() - 1), "street")).contains("非现行", "宣传法律法规和政策");
        mvc.perform(post("/worklists/duty/entries/{id}", ids.get(2)).with(as("admin")).with(csrf()).param("title", "x")
                .param("basis", "x").param("authority", "x")).andExpect(status().isNotFound());
    }

    private WorkList draft(String kind) {
        return jdbc.sql("SELECT id FROM work_list WHERE region_path = :r AND kind = :k AND effective_from IS NULL")
                .param("r", DISTRICT).param("k", kind).query(Long.class).optional()
                .map(id -> new WorkList(id, DISTRICT, ListKind.valueOf(kind), jdbc.sql("SELECT version FROM work_list WHERE id = :id")
                        .param("id", id).query(Integer.class).single(), null, null, null, null, null, null))
                .orElseThrow();
    }

    private String page(RequestBuilder request, String who) throws Exception {
        return mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request).with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
