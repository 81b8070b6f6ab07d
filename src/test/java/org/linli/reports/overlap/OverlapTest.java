package org.linli.reports.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.MeasureFixtures.measure;
import static org.linli.testing.MeasureFixtures.typed;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.reports.measures.MeasureCatalogue;
import org.linli.shared.DataScope;
import org.linli.testing.MeasureFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overlap finder over templates made here: the same measure twice, a typed field equal to a
 * catalogue measure (full-width digits and spaces normalised), typed fields asked by two and by
 * three templates, a draft left out; the typed values spared; and scope: a department sees only
 * the overlaps touching its own templates, a community worker not the page at all.
 */
@LinliTest
class OverlapTest {

    @Autowired OverlapStore store;
    @Autowired MeasureCatalogue catalogue;
    @Autowired Departments departments;
    @Autowired Divisions divisions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void clear() {
        MeasureFixtures.clear(jdbc);
    }

    private long department(String code, String name) {
        Division district = divisions.findByCode("150104").orElseThrow();
        return departments.ensure(code, name, district);
    }

    @Test
    void groupsFieldsAskingTheSameThingAndCountsTheTypedValuesSpared() {
        long x = department("T15X", "测试部门甲");
        long y = department("T15Y", "测试部门乙");
        MeasureFixtures.template(jdbc, x, "一", "ADMITTED", List.of(measure("registry.aged-60", "60岁以上老人", "人"),
                typed("残疾人", "人"), typed("辖区企业数", "个"), typed("网格员人数", "人")));
        MeasureFixtures.template(jdbc, y, "二", "ADMITTED", List.of(measure("registry.aged-60", "老年人口", "人"),
                typed("辖区\u3000企业数 ", "个"), typed("网格员人数", "人")));
        MeasureFixtures.template(jdbc, y, "三", "PENDING", List.of(typed("网格员人数", "人"),
                typed("\uFF16\uFF10周岁及以上老年人", "人")));
        MeasureFixtures.template(jdbc, x, "草稿", "DRAFT", List.of(typed("网格员人数", "人")));

        OverlapStore.Found all = store.find(List.of(x, y), -1, catalogue.all(), 0, 20);

        Map<String, Integer> spared = all.groups().stream().collect(Collectors.toMap(OverlapStore.Group::key, OverlapStore.Group::spared));
        assertThat(spared).containsExactlyInAnyOrderEntriesOf(Map.of(
                "T:网格员人数|人", 2, "M:registry.aged-60", 1, "M:registry.disabled", 1, "T:辖区企业数|个", 1));
        assertThat(all.groups().getFirst().key()).as("most spared first").isEqualTo("T:网格员人数|人");
        assertThat(all.groups().stream().filter(g -> g.key().equals("M:registry.aged-60")).findFirst().orElseThrow().templates())
                .isEqualTo(3);
        assertThat(all.templates()).as("the draft is not read").isEqualTo(3);
        assertThat(all.typed()).isEqualTo(7);
        assertThat(all.spared()).isEqualTo(5);
        assertThat(all.groupCount()).isEqualTo(4);

        OverlapStore.Found ofY = store.find(List.of(x, y), y, catalogue.all(), 0, 20);
        assertThat(ofY.groups()).extracting(OverlapStore.Group::key)
                .as("the disabled field is the other department's alone").doesNotContain("M:registry.disabled").hasSize(3);
        OverlapStore.Found paged = store.find(List.of(x, y), -1, catalogue.all(), 2, 2);
        assertThat(paged.groups()).hasSize(2);
        assertThat(paged.spared()).isEqualTo(5);
    }

    @Test
    void aDepartmentSeesOnlyTheOverlapsTouchingItsOwnTemplates() throws Exception {
        List<Department> district = departments.within(new DataScope("/15/1501/150104/"));
        long dept = district.stream().filter(d -> d.name().equals("玉泉区城市管理综合行政执法局")).findFirst().orElseThrow().id();
        long dept2 = district.stream().filter(d -> d.name().equals("玉泉区住房和城乡建设局")).findFirst().orElseThrow().id();
        long other = department("T15Z", "测试部门丙");
        MeasureFixtures.template(jdbc, dept, "城管", "ADMITTED", List.of(typed("门前三包商户数", "户")));
        MeasureFixtures.template(jdbc, dept2, "住建", "ADMITTED", List.of(typed("老旧小区栋数", "栋")));
        MeasureFixtures.template(jdbc, other, "丙", "PENDING", List.of(typed("门前三包商户数", "户"), typed("老旧小区栋数", "栋")));

        mvc.perform(get("/reports/overlaps").with(as("dept"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("门前三包商户数")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("老旧小区栋数"))));
        mvc.perform(get("/reports/overlaps").with(as("dept2"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("老旧小区栋数")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("门前三包商户数"))));
        mvc.perform(get("/reports/overlaps").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("门前三包商户数")))
                .andExpect(content().string(Matchers.containsString("老旧小区栋数")));
        mvc.perform(get("/reports/overlaps").with(as("worker"))).andExpect(status().isNotFound());
    }
}
