package org.linli.disclosure;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
class DisclosureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Disclosures disclosures;

    @Test
    void aCommitteePostsAndAnyoneReadsItsBoardWithoutSigningIn() throws Exception {
        String board = page("worker", "/disclosure/150104001002");
        assertThat(board).contains("财务收支情况").contains("每月").contains("小微权力清单");
        long finance = jdbc.sql("""
                        SELECT i.id FROM disclosure_item i JOIN division d ON d.id = i.committee_id
                        WHERE d.code = '150104001002' AND i.kind = 'FINANCE'""").query(Long.class).single();

        String errors = mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "")
                        .param("title", "十月财务收支").param("body", "短").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写公开内容").contains("请填写所属期间").contains("十月财务收支");

        mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "2026年10月")
                        .param("title", "2026年10月财务收支公开").param("body", "收入：党群服务经费 12,000 元；支出：环境整治 8,500 元。")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String publicBoard = mvc.perform(get("/public/disclosure/150104001002")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(publicBoard).contains("2026年10月财务收支公开").contains("环境整治 8,500 元").contains("打印张贴");

        // Past its display period a posting leaves the public board but stays in the committee's history.
        jdbc.sql("UPDATE disclosure_posting SET display_until = current_date - 1 WHERE title = '2026年10月财务收支公开'").update();
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .doesNotContain("2026年10月财务收支公开");
        assertThat(page("worker", "/disclosure/150104001002")).contains("2026年10月财务收支公开");
        mvc.perform(get("/public/disclosure/150104001")).andExpect(status().isNotFound());
    }

    @Test
    void missingAndOverduePostingsAreListedForTheStreet() throws Exception {
        var committee = disclosures.committee("150104001004", DataScope.COUNTRY);
        disclosures.catalogue(committee);
        jdbc.sql("UPDATE disclosure_item SET since = '2026-01-01' WHERE committee_id = :c").param("c", committee.id()).update();
        var gaps = disclosures.gaps(new DataScope(committee.path()), LocalDate.of(2026, 11, 5));
        // Monthly finances January–October, quarterly matters Q1–Q3; none posted; October's is due on 10 November.
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.FINANCE).hasSize(10);
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.GENERAL).hasSize(3);
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.FINANCE && !g.overdue())
                .extracting(g -> g.period().label()).containsExactly("2026年10月");
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.MICRO_POWER).isEmpty();

        String compliance = page("street", "/disclosure");
        assertThat(compliance).contains("五塔寺前街社区居委会").contains("逾期未公开");
        // A community worker is sent to the own board, and another committee's board is out of scope.
        mvc.perform(get("/disclosure").with(as("worker"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/disclosure/150104001004").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/disclosure/150104001004").param("item", "1").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
