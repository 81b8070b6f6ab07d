package org.linli.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.linli.workforce.register.Register;
import org.linli.workforce.register.WorkerForm;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Community workers for tests in the demo district, entered through the register's use case (so
 * their first pay is recorded as on the page), and the pay sheet read back with POI. The demo pay
 * table applies: basic 4,200 / 3,800 / 3,400 at grade 1 rising 100 / 90 / 80 a grade, 40 a year of
 * service, certificates 300 / 500 / 800 worth 1 / 2 / 3 grades, 本科 1 grade and 研究生 2.
 */
public final class WorkforceFixtures {

    public static final String COMMITTEE = DemoDivisions.COMMITTEE;
    public static final String OTHER_COMMITTEE = DemoDivisions.OTHER_COMMITTEE;
    public static final String OTHER_STREET_COMMITTEE = DemoDivisions.OTHER_STREET_COMMITTEE;

    private final Register register;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    public WorkforceFixtures(Register register, Accounts accounts, JdbcClient jdbc) {
        this.register = register;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The demo pay table's basic amount of a post at a grade. */
    public static int basic(Post post, int grade) {
        return switch (post) {
            case PRINCIPAL -> 4200 + (grade - 1) * 100;
            case DEPUTY -> 3800 + (grade - 1) * 90;
            case MEMBER -> 3400 + (grade - 1) * 80;
        };
    }

    /** A demo account as the use cases take it. */
    public CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return new TestUser(a.id(), a.username(), a.displayName(), a.role(), a.divisionId(), new DataScope(a.divisionPath()));
    }

    /** Enters a worker (as the district's "admin") and returns their id. */
    public long worker(String placeCode, String name, Post post, int grade, Degree degree, Certificate certificate, LocalDate startedOn) {
        return register.add(new WorkerForm(name, placeCode, null, post, grade, degree, certificate,
                certificate == Certificate.NONE ? null : startedOn, startedOn), user("admin"));
    }

    public int grade(long workerId) {
        return jdbc.sql("SELECT grade FROM community_worker WHERE id = :id").param("id", workerId).query(Integer.class).single();
    }

    /** The reasons of a worker's pay changes, the latest first. */
    public List<String> payReasons(long workerId) {
        return jdbc.sql("SELECT reason FROM worker_pay_change WHERE worker_id = :id ORDER BY id DESC").param("id", workerId)
                .query(String.class).list();
    }

    /** Every row of the first sheet of a workbook, each cell as shown. */
    public static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
