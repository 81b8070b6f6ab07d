package org.linli.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.LivingStatus;
import org.linli.registry.Registration;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.imports.NewResident;
import org.linli.registry.internal.ResidentChanges;
import org.linli.registry.internal.ResidentChanges.StatusChange;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Residents for the benefits module's tests, enrolled and tagged through the registry's own use
 * cases: one at a time ({@link #enrol}, {@link #tag}), or a generated population of households
 * around the catalogue's boundaries (ages 17/18, 59/60, 79/80, 89/90, 99/100, disability grades,
 * subsistence held by the resident or another member, children with only grandparents at home,
 * veterans, people who moved away or died) in two committees ({@link #population}).
 *
 * <p>For the outreach part: a benefit of one's own ({@link #benefit}, so that the demo catalogue and
 * other tests' rows never count), demo residents found as open matches, roster files as the paying
 * authority sends them, and exported workbooks read back.
 */
public final class BenefitsFixtures {

    /** Codes of the outreach tests' own benefits, unique within the test JVM. */
    private static final AtomicInteger BENEFIT_CODES = new AtomicInteger();

    /** ID sequences unique within the test JVM (each database sees a part of them). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final AtomicInteger ROOM = new AtomicInteger(1000);

    private static final int[] AGES = {3, 10, 17, 18, 35, 59, 60, 61, 79, 80, 85, 89, 90, 95, 99, 100, 103};
    private static final String[] DISABILITY = {"肢体一级", "视力二级", "智力三级", "精神四级", "听力一级"};
    private static final String[] TAGS = {"SUBSISTENCE", "EXTREME_POVERTY", "CHILD_IN_HARDSHIP", "LEFT_BEHIND_CHILD",
            "ENTITLED", "VETERAN"};

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英";

    private BenefitsFixtures() {
    }

    /** A name of letters only (the registry refuses digits in names). */
    static String name(int household, int member) {
        return "" + SURNAMES.charAt(household % SURNAMES.length()) + GIVEN.charAt((household * 7 + member * 3) % GIVEN.length())
                + GIVEN.charAt((household + member * 11) % GIVEN.length());
    }

    /** What a test needs to enrol people: the registry's use cases, a building and who enrols. */
    public record Registry(Enrolment enrolment, ResidentTags tags, ResidentChanges changes, Division building, TestUser worker) {
    }

    /** A building in another committee of the same street (for counts per committee). */
    public static Division otherBuilding(DivisionImporter importer, Places places, Divisions divisions) {
        String code = DemoDivisions.OTHER_COMMITTEE + "001001001";
        return divisions.findByCode(code).orElseGet(() -> {
            Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_COMMITTEE);
            Division grid = places.create(committee.id(), new PlaceForm("第1网格", "", null, null), DataScope.COUNTRY);
            Division estate = places.create(grid.id(), new PlaceForm("康乐小区", "北二环路8号", null, null), DataScope.COUNTRY);
            return places.create(estate.id(), new PlaceForm("2号楼", "", 6, 2), DataScope.COUNTRY);
        });
    }

    /** An enrolled resident: their id and whole ID number (for members to name their head). */
    public record Enrolled(long id, String idNumber) {
    }

    /** Enrols a head of a new household ({@code head == null}) or a member of {@code head}'s. */
    public static Enrolled enrol(Registry r, String name, LocalDate birth, Registration registration, String relation,
                                 Enrolled head) {
        String id = RegistryFixtures.idNumber(birth, SEQUENCE.getAndIncrement() % 1000);
        String room = head == null ? String.valueOf(ROOM.getAndIncrement()) : "";
        NewResident form = new NewResident(name, id, "", "汉族", registration.label(), relation,
                head == null ? "" : head.idNumber(), "1", room.isEmpty() ? "7701" : room);
        return new Enrolled(r.enrolment().enrol(r.building().id(), form, r.worker()), id);
    }

    /** Gives a tag from {@code since} (a detail for those that need one, such as a disability's grade). */
    public static void tag(Registry r, long residentId, String code, String detail, LocalDate since) {
        r.tags().add(residentId, new ResidentTags.Assignment(code, since, detail), r.worker());
    }

    public static void leave(Registry r, long residentId, LivingStatus status, LocalDate on) {
        r.changes().changeStatus(residentId, new StatusChange(status, on), r.worker().scope());
    }

    /** The street's people for a module test: made once per database (20 households in each of two committees). */
    public static Registries population(DivisionImporter importer, Places places, Divisions divisions, Enrolment enrolment,
                                        ResidentTags tags, ResidentChanges changes, JdbcClient jdbc, LocalDate today) {
        Division own = RegistryFixtures.building(importer, places, divisions);
        Division other = otherBuilding(importer, places, divisions);
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        TestUser staff = TestUser.of(2, "street", "李秀英", Role.STREET_STAFF, street);
        Registries made = new Registries(new Registry(enrolment, tags, changes, own, staff),
                new Registry(enrolment, tags, changes, other, staff));
        boolean none = jdbc.sql("SELECT count(*) FROM resident WHERE division_path LIKE :p || '%'").param("p", other.path())
                .query(Long.class).single() == 0;
        if (none) {
            population(List.of(made.own(), made.other()), 20, 14, today);
        }
        return made;
    }

    /** The registries of the two committees' buildings. */
    public record Registries(Registry own, Registry other) {
    }

    /**
     * A generated population of {@code households} households in each of the registries given
     * (their buildings), tagged at random around the rules' boundaries, some members gone; every
     * id returned.
     */
    public static List<Long> population(List<Registry> registries, int households, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (Registry r : registries) {
            for (int h = 0; h < households; h++) {
                int size = 1 + random.nextInt(4);
                Enrolled head = null;
                for (int m = 0; m < size; m++) {
                    int age = h % 5 == 0 && m > 0 ? (m == 1 ? 10 + random.nextInt(8) : 60 + random.nextInt(30))
                            : AGES[random.nextInt(AGES.length)];
                    LocalDate birth = today.minusYears(age).minusDays(random.nextInt(360));
                    Registration registration = Registration.values()[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)];
                    Enrolled e = enrol(r, name(h, m), birth, registration, m == 0 ? "户主" : (m == 1 ? "子女" : "父母"), head);
                    if (head == null) {
                        head = e;
                    }
                    ids.add(e.id());
                    if (random.nextInt(4) == 0) {
                        tag(r, e.id(), "DISABLED", DISABILITY[random.nextInt(DISABILITY.length)], today.minusDays(1).isBefore(birth) ? birth : today.minusDays(1));
                    }
                    for (String code : TAGS) {
                        if (random.nextInt(6) == 0) {
                            tag(r, e.id(), code, null, today.minusDays(1).isBefore(birth) ? birth : today.minusDays(1));
                        }
                    }
                    if (random.nextInt(15) == 0) {
                        leave(r, e.id(), random.nextBoolean() ? LivingStatus.DECEASED : LivingStatus.MOVED_AWAY, today);
                    }
                }
            }
        }
        return ids;
    }

    // ---- outreach: own benefits, matches, roster files

    /** A benefit for everywhere, with a code no other test uses; no rule, so no matching ever finds anyone for it. */
    public static long benefit(JdbcClient jdbc, String name) {
        String code = "TEST_" + System.nanoTime() + "_" + BENEFIT_CODES.incrementAndGet();
        return jdbc.sql("""
                        INSERT INTO benefit (code, name, region_path, kind, sort, created_at, created_by)
                        VALUES (:code, :name, '/', 'ALLOWANCE', 900, now(), 'test') RETURNING id""")
                .param("code", code).param("name", name).query(Long.class).single();
    }

    /** A living resident of the demo district as a match needs them. */
    public record Found(long id, String divisionPath, String name) {
    }

    /** Living residents below {@code path}, by id, skipping the first {@code offset}. */
    public static List<Found> residents(JdbcClient jdbc, String path, int offset, int count) {
        return jdbc.sql("""
                        SELECT id, division_path, name FROM resident WHERE division_path LIKE :p || '%' AND status = 'LIVING'
                        ORDER BY id LIMIT :n OFFSET :o""")
                .param("p", path).param("n", count).param("o", offset)
                .query((rs, i) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** An open match (an outreach task) of the resident, found at {@code foundAt} by rule version 1. */
    public static long match(JdbcClient jdbc, long benefitId, Found resident, OffsetDateTime foundAt, String reason) {
        return jdbc.sql("""
                        INSERT INTO benefit_match (benefit_id, resident_id, division_path, rule_version, reason, found_at)
                        VALUES (:b, :r, :p, 1, :reason, :at) RETURNING id""")
                .param("b", benefitId).param("r", resident.id()).param("p", resident.divisionPath())
                .param("reason", reason).param("at", foundAt).query(Long.class).single();
    }

    /** A match found and closed again before (the resident stopped matching), under rule version 1. */
    public static long closedMatch(JdbcClient jdbc, long benefitId, Found resident, OffsetDateTime foundAt,
                                   OffsetDateTime closedAt, String why) {
        return jdbc.sql("""
                        INSERT INTO benefit_match (benefit_id, resident_id, division_path, rule_version, reason, found_at,
                                                   closed_at, closed_why)
                        VALUES (:b, :r, :p, 1, '（测试）', :at, :closed, :why) RETURNING id""")
                .param("b", benefitId).param("r", resident.id()).param("p", resident.divisionPath())
                .param("at", foundAt).param("closed", closedAt).param("why", why).query(Long.class).single();
    }

    /** The whole ID number of a resident, opened from the registry's vault (what the paying authority's file holds). */
    public static String idNumberOf(JdbcClient jdbc, org.linli.registry.internal.Vault vault, long residentId) {
        return vault.decrypt(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :id").param("id", residentId)
                .query(byte[].class).single());
    }

    /** A roster file: the template's columns, then each row's cells as text. */
    public static byte[] rosterFile(List<String[]> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("享受名册");
            String[] header = {"姓名", "身份证号", "享受起始日期", "终止日期"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet of a workbook as text, row by row (the header included). */
    public static List<List<String>> sheet(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
