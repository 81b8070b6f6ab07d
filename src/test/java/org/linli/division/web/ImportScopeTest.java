package org.linli.division.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportProgress;
import org.linli.division.imports.SourceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A district administrator's division import changes only divisions of their own district: a file
 * renaming their city and a neighbouring district's street has those rows refused by line, changes
 * nothing outside, and its audit entry is on the administrator's own audit page.
 */
@LinliTest
class ImportScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DivisionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDistrictAdministratorsImportChangesOnlyTheirDistrict() throws Exception {
        // The neighbouring district, imported by the system (the operators' command).
        importer.importFiles(List.of(
                SourceFile.of("counties.csv", csv("code,name,cityCode,provinceCode", "150102,\"新城区\",1501,15")),
                SourceFile.of("streets.csv", csv("code,name,areaCode,provinceCode,cityCode",
                        "150102001,\"海拉尔东路街道\",150102,15,1501"))), ImportProgress.NONE);

        String job = mvc.perform(multipart("/divisions/import")
                        .file(file("cities.csv", csv("code,name,provinceCode", "1501,\"青城市\",15")))
                        .file(file("streets.csv", csv("code,name,areaCode,provinceCode,cityCode",
                                "150102001,\"邻区改名街道\",150102,15,1501",      // line 2: the neighbour's street
                                "150102009,\"邻区新街道\",150102,15,1501",        // line 3: a new street next door
                                "150104002,\"兴隆巷街道（新名）\",150104,15,1501")))   // line 4: their own street
                        .with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = finished(job);

        assertThat(page).contains("data-testid=\"problem\" data-file=\"cities.csv\" data-line=\"2\" data-code=\"1501\"")
                .contains("data-testid=\"problem\" data-file=\"streets.csv\" data-line=\"2\" data-code=\"150102001\"")
                .contains("data-testid=\"problem\" data-file=\"streets.csv\" data-line=\"3\" data-code=\"150102009\"")
                .doesNotContain("data-line=\"4\"").contains("不在本账户的管理范围内，未导入");
        assertThat(name("1501")).isEqualTo("呼和浩特市");
        assertThat(name("150102001")).isEqualTo("海拉尔东路街道");
        assertThat(jdbc.sql("SELECT count(*) FROM division WHERE code = '150102009'").query(Long.class).single()).isZero();
        assertThat(name("150104002")).isEqualTo("兴隆巷街道（新名）");

        String audit = mvc.perform(get("/audit").param("action", "DIVISION_IMPORT").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("data-action=\"DIVISION_IMPORT\" data-actor=\"admin\"").contains("拒绝 3");

        importer.importFiles(List.of(SourceFile.of("streets.csv", csv("code,name,areaCode,provinceCode,cityCode",
                "150104002,\"兴隆巷街道\",150104,15,1501"))), ImportProgress.NONE);
    }

    private String finished(String job) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            String page = mvc.perform(get(job).with(as("admin"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (page.contains("data-testid=\"import-result\"") || Instant.now().isAfter(until)) {
                return page;
            }
            Thread.sleep(100);
        }
    }

    private String name(String code) {
        return jdbc.sql("SELECT name FROM division WHERE code = :c").param("c", code).query(String.class).single();
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "text/csv", content);
    }

    private static byte[] csv(String header, String... rows) {
        return (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
