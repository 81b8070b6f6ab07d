package org.linli.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.CurrentUser;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@LinliTest
class ResidentImportTest {

    private static final String BUILDING = "150104001002001001001";
    private static final String HEADER = "姓名,身份证号,手机号,民族,户籍,与户主关系,户主身份证号,楼栋编码,单元,户室\n";

    @Autowired
    ResidentImport residentImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void savesGoodRowsReturnsBadOnesWithReasonsAndARerunAddsNothing() throws Exception {
        String head = id(1970, 1), spouse = id(1972, 2), child = id(2001, 3), stranger = id(1980, 4), other = id(1990, 5);
        String badChild = RegistryFixtures.withWrongCheck(child);
        String csv = HEADER
                + "赵大山," + head + ",13900000001,汉族,户籍在本地,户主," + head + "," + BUILDING + ",1,9901\n"
                + "钱小梅," + spouse + ",,蒙古族,户籍在本地,配偶," + head + "," + BUILDING + ",1,9901\n"
                + "赵小明," + badChild + ",,汉族,户籍在本地,子女," + head + "," + BUILDING + ",1,9901\n"
                + "孙无户," + stranger + ",,汉族,流动人口,子女," + other + "," + BUILDING + ",1,9902\n"
                + "李错楼," + other + ",1390000000,汉族,暂住,户主," + other + ",150104001004001001001,9,9903\n";
        ResidentImport.Result first = run("residents.csv", csv);

        assertThat(first.rows()).isEqualTo(5);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.rejectedRows()).isEqualTo(3);
        assertThat(first.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.reason()).contains(
                "4 身份证号 身份证号校验位不正确",
                "5 户主身份证号 户主不在本文件的有效行中，也尚未登记",
                "6 手机号 手机号应为 11 位，实为 10 位",
                "6 户籍 户籍应为：户籍在本地、户籍在外地、流动人口 之一",
                "6 楼栋编码 楼栋编码“150104001004001001001”不存在或不在您的管辖范围内");
        assertThat(count()).isEqualTo(2);
        long household = jdbc.sql("SELECT count(DISTINCT household_id) FROM resident WHERE name IN ('赵大山', '钱小梅')")
                .query(Long.class).single();
        assertThat(household).isEqualTo(1);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first.badRows()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getCellComment().getString().getString()).isEqualTo("身份证号校验位不正确");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).startsWith("原第 4 行");
        }

        ResidentImport.Result again = run("residents.csv", csv);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count()).isEqualTo(2);

        String changed = csv.replace("13900000001", "13900000009");
        ResidentImport.Result update = run("residents.csv", changed);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT c.new_value FROM resident_change c JOIN resident r ON r.id = c.resident_id
                WHERE r.name = '赵大山' ORDER BY c.id DESC LIMIT 1""").query(String.class).single()).isEqualTo("139****0009");
    }

    @Test
    void theTemplateUnchangedImportsNobodyAndSaysWhy() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single();
        ResidentImport.Result result = run("模板.xlsx", ImportTemplate.xlsx());
        assertThat(result.created() + result.updated() + result.unchanged()).isZero();
        assertThat(result.problems()).extracting(ResidentImport.Problem::reason)
                .contains("文件中没有要导入的居民：模板中的示例不会导入，请在“居民”表第 2 行起每行填写一人");
        assertThat(jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single()).isEqualTo(before);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ImportTemplate.xlsx()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(book.getSheetName(1)).contains("示例");
        }
    }

    @Test
    void theExampleRowOfAnOlderTemplateIsSkippedAndTheRestImported() {
        String real = id(1966, 7);
        String csv = HEADER
                + "张三,11010519491231002X,13800138000,汉族,户籍在本地,户主,11010519491231002X," + BUILDING + ",1,0302\n"
                + "韩真人," + real + ",,汉族,户籍在本地,户主," + real + "," + BUILDING + ",1,9911\n";
        ResidentImport.Result result = run("旧模板.csv", csv);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejectedRows()).isZero();
        assertThat(result.problems()).extracting(ResidentImport.Problem::reason)
                .containsExactly("第 2 行是模板中的示例（张三），未导入");
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE name = '张三'").query(Long.class).single()).isZero();
    }

    @Test
    void ethnicityMustBeOneOfTheFiftySixAndNamesHoldNoDigitsOrMarkup() {
        String a = id(1977, 8), b = id(1978, 9), c = id(1979, 10);
        String csv = HEADER
                + "王火星," + a + ",,火星族,户籍在本地,户主," + a + "," + BUILDING + ",1,9921\n"
                + "李4," + b + ",,汉族,户籍在本地,户主," + b + "," + BUILDING + ",1,9922\n"
                + "<b>赵</b>," + c + ",,达斡尔族,户籍在本地,户主," + c + "," + BUILDING + ",1,9923\n";
        ResidentImport.Result result = run("民族.csv", csv);
        assertThat(result.created()).isZero();
        assertThat(result.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.reason()).containsExactly(
                "2 民族 民族应为 56 个民族之一，写全称，如“汉族”“蒙古族”",
                "3 姓名 姓名只能含汉字、字母和间隔号“·”，不能含数字或符号",
                "4 姓名 姓名只能含汉字、字母和间隔号“·”，不能含数字或符号");
    }

    @Test
    void refusesAFileOfAnotherKindOrWithoutTheColumns() {
        assertThat(run("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("只能导入 .xlsx 或 .csv"));
        assertThat(run("other.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("缺少列：姓名、身份证号"));
        assertThat(run("fake.xlsx", "not excel".getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("不是有效的 Excel"));
    }

    private ResidentImport.Result run(String name, String csv) {
        return run(name, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResidentImport.Result run(String name, byte[] content) {
        UserDetails worker = users.loadUserByUsername("worker");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
        return residentImport.run(name, content, (CurrentUser) worker, (phase, done, total) -> { });
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM resident WHERE name IN ('赵大山', '钱小梅', '赵小明', '孙无户', '李错楼')")
                .query(Long.class).single();
    }

    private static String id(int year, int n) {
        return RegistryFixtures.idNumber(LocalDate.of(year, 3, 1 + n), 100 + n);
    }
}
