package org.linli.registry.imports;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Phone;
import org.linli.registry.Registration;
import org.linli.registry.RegistryLoader;
import org.linli.registry.Relation;
import org.linli.registry.imports.ResidentRows.Line;
import org.linli.registry.internal.Vault;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.Masks;
import org.linli.shared.jobs.BackgroundJobs.Progress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports residents from the template (.xlsx or .csv). Every cell is checked; good rows are saved
 * in batches, each its own transaction, so an interrupted import keeps what it saved and a re-run
 * finds those residents by ID number and updates instead of copying them. Bad rows come back as a
 * file with the reason on each bad cell.
 */
@Service
public class ResidentImport {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Divisions divisions;
    private final RegistryLoader loader;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    ResidentImport(JdbcClient jdbc, Vault vault, Divisions divisions, RegistryLoader loader,
                   TransactionTemplate transaction, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.vault = vault;
        this.divisions = divisions;
        this.loader = loader;
        this.transaction = transaction;
        this.audit = audit;
    }

    public record Problem(int line, String column, String reason) {
    }

    public record Result(int rows, int created, int updated, int unchanged, List<Problem> problems, byte[] badRows) {

        public long rejectedRows() {
            return problems.stream().map(Problem::line).filter(l -> l > 0).distinct().count();
        }
    }

    /** The outcome of enrolling one resident through the form: errors by column, or the new resident's id. */
    public record Enrolment(Map<String, String> errors, Long residentId) {
    }

    /**
     * Enrols one resident typed into the form, with exactly the checks of an imported row (the
     * form's fields carry the template's column names). An ID number already registered is an
     * error here, not an update: the form is for new people.
     */
    public Enrolment enrol(Map<String, String> cells, CurrentUser user) {
        Map<Integer, Map<String, String>> bad = new LinkedHashMap<>();
        List<Parsed> good = check(List.of(new Line(0, cells)), user, bad);
        if (!bad.isEmpty()) {
            return new Enrolment(bad.get(0), null);
        }
        Parsed p = good.get(0);
        byte[] hash = vault.hash(p.id().value());
        if (jdbc.sql("SELECT count(*) > 0 FROM resident WHERE id_hash = :h").param("h", hash).query(Boolean.class).single()) {
            return new Enrolment(Map.of("身份证号", "此身份证号已登记，请在居民查询中找到此人修改"), null);
        }
        transaction.executeWithoutResult(tx -> save(p, user, new HashMap<>(), bad, new int[3]));
        long id = jdbc.sql("SELECT id FROM resident WHERE id_hash = :h").param("h", hash).query(Long.class).single();
        String committee = p.building().path().replaceFirst("^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/).*$", "$1");
        transaction.executeWithoutResult(tx -> loader.feedSizing(committee));
        audit.record("RESIDENT_CREATE", "居民 " + p.name() + "（" + p.id().masked() + "）", p.building().path(), "登记新居民");
        return new Enrolment(Map.of(), id);
    }

    record Parsed(Line line, String name, IdNumber id, String phone, String ethnicity, Registration registration,
                  Relation relation, IdNumber head, Division building, int entrance, String room) {
    }

    public Result run(String fileName, byte[] content, CurrentUser user, Progress progress) {
        List<Line> lines;
        try {
            lines = ResidentRows.read(fileName, new ByteArrayInputStream(content));
        } catch (ResidentRows.RowsUnreadable e) {
            return new Result(0, 0, 0, 0, List.of(new Problem(0, "", e.getMessage())), null);
        } catch (IOException | RuntimeException e) {
            return new Result(0, 0, 0, 0, List.of(new Problem(0, "", "文件无法读取：" + e.getMessage())), null);
        }
        Map<Integer, Map<String, String>> bad = new LinkedHashMap<>();
        List<Parsed> good = check(lines, user, bad);
        // Heads first, so that members find their household.
        good.sort(Comparator.comparing((Parsed p) -> p.relation() != Relation.HEAD));
        int[] counts = new int[3];
        Map<String, Long> households = new HashMap<>();
        for (int from = 0; from < good.size(); from += BATCH) {
            List<Parsed> batch = good.subList(from, Math.min(good.size(), from + BATCH));
            progress.update("保存", from, good.size());
            transaction.executeWithoutResult(tx -> batch.forEach(p -> save(p, user, households, bad, counts)));
        }
        transaction.executeWithoutResult(tx -> loader.feedSizing());
        List<Problem> problems = new ArrayList<>();
        bad.forEach((line, cells) -> cells.forEach((column, reason) -> problems.add(new Problem(line, column, reason))));
        progress.update("完成", good.size(), good.size());
        int rejected = bad.size();
        audit.record("RESIDENT_IMPORT", fileName, user.scope().path(), "共 %d 行：新增 %d，更新 %d，未变 %d，有误 %d"
                .formatted(lines.size(), counts[0], counts[1], counts[2], rejected));
        return new Result(lines.size(), counts[0], counts[1], counts[2], problems,
                bad.isEmpty() ? null : BadRowsFile.write(lines, bad));
    }

    private List<Parsed> check(List<Line> lines, CurrentUser user, Map<Integer, Map<String, String>> bad) {
        Map<String, Optional<Division>> buildings = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Line line : lines) {
            Map<String, String> errors = new LinkedHashMap<>();
            String name = line.get("姓名");
            if (name.isEmpty()) {
                errors.put("姓名", "请填写姓名");
            } else if (name.length() > 50) {
                errors.put("姓名", "姓名不能超过 50 个字");
            }
            IdNumber id = idNumber(line.get("身份证号"), "身份证号", errors);
            if (id != null && seen.containsKey(id.value())) {
                errors.put("身份证号", "与第 " + seen.get(id.value()) + " 行的身份证号重复");
            } else if (id != null) {
                seen.put(id.value(), line.number());
            }
            String phone = line.get("手机号");
            if (!phone.isEmpty() && Phone.problem(phone) != null) {
                errors.put("手机号", Phone.problem(phone));
            }
            String ethnicity = line.get("民族").isEmpty() ? "汉族" : line.get("民族");
            if (ethnicity.length() > 20 || !ethnicity.endsWith("族")) {
                errors.put("民族", "民族应写全称，如“汉族”“蒙古族”");
            }
            Registration registration = byLabel(Registration.values(), line.get("户籍"), Registration::label);
            if (registration == null) {
                errors.put("户籍", "户籍应为：户籍在本地、户籍在外地、流动人口 之一");
            }
            Relation relation = byLabel(Relation.values(), line.get("与户主关系"), Relation::label);
            if (relation == null) {
                errors.put("与户主关系", "与户主关系应为：户主、配偶、子女、父母、孙子女、兄弟姐妹、其他 之一");
            }
            IdNumber head = idNumber(line.get("户主身份证号"), "户主身份证号", errors);
            if (relation == Relation.HEAD && id != null && head != null && !head.equals(id)) {
                errors.put("户主身份证号", "本人是户主时，户主身份证号应与本人身份证号相同");
            }
            String code = line.get("楼栋编码");
            Division building = buildings.computeIfAbsent(code, c -> divisions.findByCode(c)
                    .filter(d -> d.level() == Level.BUILDING && user.scope().covers(d.path()))).orElse(null);
            if (building == null) {
                errors.put("楼栋编码", code.isEmpty() ? "请填写楼栋编码" : "楼栋编码“" + code + "”不存在或不在您的管辖范围内");
            }
            int entrance = 0;
            try {
                entrance = Integer.parseInt(line.get("单元"));
            } catch (NumberFormatException e) {
                errors.put("单元", "单元应为整数");
            }
            if (building != null && entrance != 0 && (entrance < 1 || entrance > building.entrances())) {
                errors.put("单元", "单元应在 1 到 " + building.entrances() + " 之间（" + building.name() + "共 "
                        + building.entrances() + " 个单元）");
            }
            String room = line.get("户室");
            if (!room.matches("[0-9A-Za-z-]{1,10}")) {
                errors.put("户室", "户室应为 1–10 位数字或字母，如 0302");
            }
            if (errors.isEmpty()) {
                parsed.add(new Parsed(line, name, id, phone.isEmpty() ? null : phone, ethnicity, registration, relation, head,
                        building, entrance, room));
            } else {
                bad.put(line.number(), errors);
            }
        }
        // A member's head must be in this file (and fine) or already registered.
        Set<String> headsInFile = new HashSet<>();
        parsed.stream().filter(p -> p.relation() == Relation.HEAD).forEach(p -> headsInFile.add(p.id().value()));
        List<Parsed> ready = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.relation() != Relation.HEAD && !headsInFile.contains(p.head().value()) && householdOf(p.head()).isEmpty()) {
                bad.put(p.line().number(), Map.of("户主身份证号", "户主不在本文件的有效行中，也尚未登记"));
            } else {
                ready.add(p);
            }
        }
        return ready;
    }

    private void save(Parsed p, CurrentUser user, Map<String, Long> households, Map<Integer, Map<String, String>> bad,
                      int[] counts) {
        byte[] hash = vault.hash(p.id().value());
        Optional<Existing> existing = jdbc.sql("""
                        SELECT id, household_id, division_path, name, phone_hash, ethnicity, registration, relation,
                               phone_first3, phone_last4 FROM resident WHERE id_hash = :h""")
                .param("h", hash).query(Existing.class).optional();
        if (existing.isPresent()) {
            Existing e = existing.get();
            if (!user.scope().covers(e.divisionPath())) {
                bad.put(p.line().number(), Map.of("身份证号", "此人已在您管辖范围以外登记，不能在此导入"));
                return;
            }
            households.putIfAbsent(p.id().value(), e.householdId());
            counts[update(e, p) ? 1 : 2]++;
            return;
        }
        long household;
        if (p.relation() == Relation.HEAD) {
            household = newHousehold(p);
        } else {
            Long known = households.get(p.head().value());
            household = known != null ? known : householdOf(p.head()).orElseThrow();
        }
        households.put(p.id().value(), household);
        jdbc.sql("""
                        INSERT INTO resident (household_id, division_path, name, id_cipher, id_hash, id_region, id_last4,
                            birth_date, sex, phone_cipher, phone_hash, phone_first3, phone_last4, ethnicity, registration, relation)
                        VALUES (:household, :path, :name, :idc, :idh, :region, :last4, :birth, :sex, :pc, :ph, :p3, :p4,
                                :ethnicity, :registration, :relation)""")
                .param("household", household)
                .param("path", p.building().path())
                .param("name", p.name())
                .param("idc", vault.encrypt(p.id().value()))
                .param("idh", hash)
                .param("region", p.id().region())
                .param("last4", p.id().lastFour())
                .param("birth", p.id().birthDate())
                .param("sex", p.id().sex().name())
                .param("pc", p.phone() == null ? null : vault.encrypt(p.phone()))
                .param("ph", p.phone() == null ? null : vault.hash(p.phone()))
                .param("p3", p.phone() == null ? null : p.phone().substring(0, 3))
                .param("p4", p.phone() == null ? null : p.phone().substring(7))
                .param("ethnicity", p.ethnicity())
                .param("registration", p.registration().name())
                .param("relation", p.relation().name())
                .update();
        counts[0]++;
    }

    record Existing(long id, long householdId, String divisionPath, String name, byte[] phoneHash, String ethnicity,
                    String registration, String relation, String phoneFirst3, String phoneLast4) {
    }

    /** Applies what changed; returns whether anything did. Each change goes to the history. */
    private boolean update(Existing e, Parsed p) {
        List<String[]> changes = new ArrayList<>();
        if (!e.name().equals(p.name())) {
            changes.add(new String[] {"姓名", e.name(), p.name()});
        }
        if (!e.ethnicity().equals(p.ethnicity())) {
            changes.add(new String[] {"民族", e.ethnicity(), p.ethnicity()});
        }
        if (!e.registration().equals(p.registration().name())) {
            changes.add(new String[] {"户籍", Registration.valueOf(e.registration()).label(), p.registration().label()});
        }
        if (!e.relation().equals(p.relation().name())) {
            changes.add(new String[] {"与户主关系", Relation.valueOf(e.relation()).label(), p.relation().label()});
        }
        boolean phoneChanged = p.phone() != null && (e.phoneHash() == null
                || !java.util.Arrays.equals(e.phoneHash(), vault.hash(p.phone())));
        if (phoneChanged) {
            changes.add(new String[] {"手机号", e.phoneLast4() == null ? "" : Masks.phone(e.phoneFirst3(), e.phoneLast4()),
                    Masks.phone(p.phone().substring(0, 3), p.phone().substring(7))});
        }
        if (changes.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        UPDATE resident SET name = :name, ethnicity = :ethnicity, registration = :registration,
                               relation = :relation, version = version + 1, updated_at = :now WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("name", p.name()).param("ethnicity", p.ethnicity()).param("registration", p.registration().name())
                .param("relation", p.relation().name()).param("id", e.id()).update();
        if (phoneChanged) {
            jdbc.sql("""
                            UPDATE resident SET phone_cipher = :c, phone_hash = :h, phone_first3 = :f, phone_last4 = :l
                            WHERE id = :id""")
                    .param("c", vault.encrypt(p.phone())).param("h", vault.hash(p.phone()))
                    .param("f", p.phone().substring(0, 3)).param("l", p.phone().substring(7)).param("id", e.id()).update();
        }
        String actor = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
        for (String[] c : changes) {
            jdbc.sql("""
                            INSERT INTO resident_change (resident_id, household_id, actor, field, old_value, new_value)
                            VALUES (:r, :h, :actor, :field, :old, :new)""")
                    .param("r", e.id()).param("h", e.householdId()).param("actor", actor + "（导入）")
                    .param("field", c[0]).param("old", c[1]).param("new", c[2]).update();
        }
        return true;
    }

    private long newHousehold(Parsed p) {
        Division building = p.building();
        Division estate = divisions.findUnscoped(building.parentId()).orElseThrow();
        String[] road = org.linli.registry.Addresses.splitRoadAndNumber(estate.address());
        String address = estate.name() + building.name() + p.entrance() + "单元" + p.room() + "室";
        jdbc.sql("""
                        INSERT INTO dwelling (building_id, division_path, road, house_number, entrance, room, address)
                        VALUES (:b, :path, :road, :number, :entrance, :room, :address)
                        ON CONFLICT (building_id, entrance, room) DO NOTHING""")
                .param("b", building.id()).param("path", building.path()).param("road", road[0]).param("number", road[1])
                .param("entrance", p.entrance()).param("room", p.room()).param("address", address).update();
        long dwelling = jdbc.sql("SELECT id FROM dwelling WHERE building_id = :b AND entrance = :e AND room = :r")
                .param("b", building.id()).param("e", p.entrance()).param("r", p.room()).query(Long.class).single();
        jdbc.sql("UPDATE dwelling SET use = 'RESIDENTIAL' WHERE id = :id AND use = 'VACANT'").param("id", dwelling).update();
        return jdbc.sql("INSERT INTO household (dwelling_id, division_path) VALUES (:d, :p) RETURNING id")
                .param("d", dwelling).param("p", building.path()).query(Long.class).single();
    }

    private Optional<Long> householdOf(IdNumber head) {
        return jdbc.sql("SELECT household_id FROM resident WHERE id_hash = :h").param("h", vault.hash(head.value()))
                .query(Long.class).optional();
    }

    private IdNumber idNumber(String text, String column, Map<String, String> errors) {
        String reason = IdNumber.problem(text.toUpperCase(), LocalDate.now(clock));
        if (reason != null) {
            errors.put(column, reason);
            return null;
        }
        return IdNumber.parse(text);
    }

    private static <E> E byLabel(E[] values, String label, java.util.function.Function<E, String> labelOf) {
        for (E value : values) {
            if (labelOf.apply(value).equals(label)) {
                return value;
            }
        }
        return null;
    }

}
