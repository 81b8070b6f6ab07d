package org.linli.division.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

@LinliTest
class DivisionImporterTest {

    @Autowired
    DivisionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheStatisticalFilesAndReimportsWithoutDuplicates() throws IOException {
        List<SourceFile> files = sharedFiles();
        ImportResult first = importer.importFiles(files, ImportProgress.NONE);
        // The real 2023 codes, less Yuquan's virtual community (150104400498), coded outside the published ranges.
        assertThat(first.problems()).isEmpty();
        assertThat(first.rows()).isEqualTo(1662);
        assertThat(count("level = 'COMMITTEE' AND path LIKE '/51/%'")).isEqualTo(1504 - 133);
        assertThat(count("code = '511102004001' AND path = '/51/5111/511102/511102004/511102004001/' AND name = '篦子街社区居委会'")).isEqualTo(1);
        long before = count("true");

        ImportResult again = importer.importFiles(files, ImportProgress.NONE);
        assertThat(again.inserted()).isZero();
        assertThat(again.renamed()).isZero();
        assertThat(again.unchanged()).isEqualTo(1662);
        assertThat(count("true")).isEqualTo(before);
    }

    @Test
    void reimportRenamesAndKeepsTheNode() {
        long id = jdbc.sql("SELECT id FROM division WHERE code = '150104001004'").query(Long.class).single();
        ImportResult result = importer.importFiles(List.of(committees(
                "150104001004,\"五塔寺前街社区\",150104001,15,1501,150104")), ImportProgress.NONE);
        assertThat(result.renamed()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM division WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("五塔寺前街社区");
        importer.importFiles(List.of(committees("150104001004,\"五塔寺前街社区居委会\",150104001,15,1501,150104")),
                ImportProgress.NONE);
    }

    @Test
    void reportsEveryBadRowWithLineAndReasonAndKeepsTheRest() {
        ImportResult result = importer.importFiles(List.of(committees(
                "150104001191,\"好社区一\",150104001,15,1501,150104",      // line 2: good
                "15010400190,\"短编码社区\",150104001,15,1501,150104",      // line 3: wrong length
                "150104999001,\"无上级社区\",150104999,15,1501,150104",     // line 4: unknown parent
                "150104001191,\"重复社区\",150104001,15,1501,150104",       // line 5: duplicate of line 2
                "15010400190X,\"字母社区\",150104001,15,1501,150104",       // line 6: not digits
                "150104001193,\"\",150104001,15,1501,150104",               // line 7: empty name
                "150104002194,\"错上级社区\",150104001,15,1501,150104",     // line 8: code does not continue parent
                "150104001195,\"少列社区\",150104001",                      // line 9: missing columns
                "150104001196,\"好社区二\",150104001,15,1501,150104")),    // line 10: good
                ImportProgress.NONE);

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "编码长度应为 12 位（居村委会），实为 11 位"),
                org.assertj.core.groups.Tuple.tuple(4L, "上级编码 150104999 不存在（应先导入街道乡镇）"),
                org.assertj.core.groups.Tuple.tuple(5L, "编码重复：与第 2 行相同"),
                org.assertj.core.groups.Tuple.tuple(6L, "编码“15010400190X”含非数字字符"),
                org.assertj.core.groups.Tuple.tuple(7L, "名称为空"),
                org.assertj.core.groups.Tuple.tuple(8L, "编码 150104002194 与上级编码 150104001 不一致"),
                org.assertj.core.groups.Tuple.tuple(9L, "列数不对：应为 6 列，实为 3 列"));
        assertThat(count("code IN ('150104001191', '150104001196') AND kind = 'RESIDENTS_COMMITTEE'")).isEqualTo(2);
        assertThat(count("code = '150104999001'")).isZero();
        assertThat(jdbc.sql("SELECT child_count FROM division WHERE code = '150104001'").query(Integer.class).single())
                .isEqualTo(count("parent_id = (SELECT id FROM division WHERE code = '150104001')"));
    }

    @Test
    void reportsStreetAndCommitteeCodesOutsideThePublishedRangesAndImportsTheRest() {
        // A county of its own, so that nothing lands among the demo district's streets.
        SourceFile cities = csv("cities.csv", "code,name,provinceCode", "1599,\"测试市\",15");
        SourceFile counties = csv("counties.csv", "code,name,cityCode,provinceCode", "159901,\"测试县\",1599,15");
        SourceFile streets = csv("streets.csv", "code,name,areaCode,provinceCode,cityCode",
                "159901000,\"零街道\",159901,15,1599",          // line 2: 000
                "159901001,\"一街道\",159901,15,1599",          // line 3: 001
                "159901599,\"类似单位\",159901,15,1599",        // line 4: 599, the last similar unit
                "159901600,\"六百街道\",159901,15,1599",        // line 5: 600
                "159901999,\"九九九街道\",159901,15,1599");     // line 6: 999
        SourceFile committees = csv("committees.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
                "159901599000,\"零社区\",159901599,15,1599,159901",       // line 2: 000
                "159901599001,\"一社区\",159901599,15,1599,159901",       // line 3: 001
                "159901599399,\"边界村\",159901599,15,1599,159901",       // line 4: 399
                "159901599400,\"四百社区\",159901599,15,1599,159901");    // line 5: 400
        ImportResult result = importer.importFiles(List.of(cities, counties, streets, committees), ImportProgress.NONE);

        assertThat(result.problems()).extracting(p -> p.file() + ":" + p.line() + " " + p.code()).containsExactly(
                "committees.csv:2 159901599000", "committees.csv:5 159901599400",
                "streets.csv:2 159901000", "streets.csv:5 159901600", "streets.csv:6 159901999");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).contains("不在国家统计用区划代码规定的范围内"));
        assertThat(result.problems().get(2).reason()).isEqualTo("街道乡镇编码第 7–9 位为 000，不在国家统计用区划代码规定的范围内"
                + "（001–099 街道，100–199 镇，200–399 乡，400–599 类似乡级单位）");
        assertThat(result.inserted()).isEqualTo(6);
        assertThat(count("code = '159901001' AND kind = 'STREET_OFFICE'")).isEqualTo(1);
        assertThat(count("code = '159901599' AND kind = 'SIMILAR_UNIT'")).isEqualTo(1);
        assertThat(count("code = '159901599001' AND kind = 'RESIDENTS_COMMITTEE'")).isEqualTo(1);
        assertThat(count("code = '159901599399' AND kind = 'VILLAGERS_COMMITTEE'")).isEqualTo(1);
        assertThat(count("code IN ('159901000', '159901600', '159901999', '159901599000', '159901599400')")).isZero();
    }

    @Test
    void rejectsAFileOfAnotherFormatWhole() {
        SourceFile residents = SourceFile.of("residents.csv",
                "姓名,身份证号,电话\n张三,150104199001011234,13800000000\n".getBytes(StandardCharsets.UTF_8));
        ImportResult result = importer.importFiles(List.of(residents), ImportProgress.NONE);
        assertThat(result.hasFileErrors()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.reason()).startsWith("无法识别的文件格式");
        });
        assertThat(result.inserted()).isZero();
    }

    @Test
    void rejectsAFileThatIsNotUtf8() {
        byte[] gbk = "code,name\n15,内蒙古自治区\n".getBytes(Charset.forName("GBK"));
        ImportResult result = importer.importFiles(List.of(SourceFile.of("gbk.csv", gbk)), ImportProgress.NONE);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("不是 UTF-8"));
    }

    @Test
    void reportsProgressUpToTheEnd() throws IOException {
        List<Long> percents = new ArrayList<>();
        importer.importFiles(sharedFiles(), (phase, done, total) -> percents.add(done * 100 / total));
        assertThat(percents).isNotEmpty().isSorted().last().isEqualTo(100L);
    }

    private long count(String where) {
        return jdbc.sql("SELECT count(*) FROM division WHERE " + where).query(Long.class).single();
    }

    private static SourceFile csv(String name, String header, String... rows) {
        return SourceFile.of(name, (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile committees(String... rows) {
        String text = "code,name,streetCode,provinceCode,cityCode,areaCode\n" + String.join("\n", rows) + "\n";
        return SourceFile.of("committees.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<SourceFile> sharedFiles() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:divisions/*.csv")) {
            files.add(SourceFile.of(r.getFilename(), r.getContentAsByteArray()));
        }
        return files;
    }
}
