package org.linli.deliberation.matters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.deliberation.MeetingKind;
import org.linli.deliberation.Procedure;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Kind;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each committee's catalogue of matters for deliberation (议事协商事项目录), kept by its street:
 * started from the organic laws' defaults the first time it is opened, then edited by the street.
 * Committee staff and residents read it; pre-review names the entry a topic is admitted under.
 */
@Service
public class Matters {

    private record Default(String name, boolean mandatory, MeetingKind body, DisclosureKind disclosure, String note,
                           String basis) {
    }

    private static final DisclosureKind MAJOR = DisclosureKind.MAJOR;
    private static final DisclosureKind FINANCE = DisclosureKind.FINANCE;
    private static final DisclosureKind GENERAL = DisclosureKind.GENERAL;

    /** Residents' committees: what the urban organic law puts before the residents' meeting, and the usual forums below it. */
    private static final List<Default> URBAN = List.of(
            new Default("涉及全体居民利益的重要问题", true, MeetingKind.RESIDENTS_MEETING, MAJOR,
                    "讨论决定的事项、表决结果及实施情况", "城市居民委员会组织法第十条"),
            new Default("居民公约的制定和修改", true, MeetingKind.RESIDENTS_MEETING, GENERAL,
                    "居民公约全文及备案情况", "城市居民委员会组织法第十五条"),
            new Default("兴办公益事业向居民筹集费用", true, MeetingKind.RESIDENTS_MEETING, FINANCE,
                    "筹集方案和收支账目", "城市居民委员会组织法第十六条"),
            new Default("社区公共事务和公益事业的一般事项", false, MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING, GENERAL,
                    "协商结果及落实情况", "居民代表会议议事规则"),
            new Default("小区（院落）公共事务，如加装电梯、停车管理", false, MeetingKind.ESTATE_COUNCIL, MAJOR,
                    "议定方案、费用分摊及实施结果", "小区（院落）议事规则"),
            new Default("社区“两委”日常工作中的重要事项", false, MeetingKind.JOINT_COMMITTEES_MEETING, GENERAL,
                    "商议结果", "社区“两委”联席会议制度"));

    /** Villagers' committees: the matters of 村民委员会组织法 art. 24 and 27, and the two committees' own business. */
    private static final List<Default> VILLAGE = List.of(
            new Default("本村享受误工补贴的人员及补贴标准", true, MeetingKind.VILLAGERS_MEETING, FINANCE,
                    "享受人员名单、补贴标准及发放情况", "村民委员会组织法第二十四条"),
            new Default("从村集体经济所得收益的使用", true, MeetingKind.VILLAGERS_MEETING, FINANCE,
                    "收益使用方案及收支明细", "村民委员会组织法第二十四条"),
            new Default("本村公益事业的兴办和筹资筹劳方案及建设承包方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                    "方案、承包结果及实施情况", "村民委员会组织法第二十四条"),
            new Default("土地承包经营方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                    "承包经营方案及表决结果", "村民委员会组织法第二十四条"),
            new Default("村集体经济项目的立项、承包方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                    "立项、承包方案及实施情况", "村民委员会组织法第二十四条"),
            new Default("宅基地的使用方案", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                    "使用方案及批准情况", "村民委员会组织法第二十四条"),
            new Default("征地补偿费的使用、分配方案", true, MeetingKind.VILLAGERS_MEETING, FINANCE,
                    "使用、分配方案及发放明细", "村民委员会组织法第二十四条"),
            new Default("以借贷、租赁或者其他方式处分村集体财产", true, MeetingKind.VILLAGERS_MEETING, MAJOR,
                    "处分方式、对象、价款及合同", "村民委员会组织法第二十四条"),
            new Default("村民自治章程、村规民约的制定和修改", true, MeetingKind.VILLAGERS_MEETING, GENERAL,
                    "章程、村规民约全文及备案情况", "村民委员会组织法第二十七条"),
            new Default("村民会议授权村民代表会议讨论决定的事项", true, MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, MAJOR,
                    "授权范围、决定事项及实施情况", "村民委员会组织法第二十四条、第二十六条"),
            new Default("村务一般事项", false, MeetingKind.JOINT_COMMITTEES_MEETING, GENERAL,
                    "商议结果（四议两公开）", "村民委员会组织法第三十条"));

    private static final String SELECT = """
            SELECT id, committee_id, division_path, name, mandatory, body, procedure, disclosure_kind, disclosure_note, basis,
                   active, updated_by, updated_at
            FROM matter
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    Matters(JdbcClient jdbc, Divisions divisions, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** The committee whose catalogue the user may read: in their scope, or the one they belong to (404 otherwise). */
    public Division committee(String code, CurrentUser user) {
        return divisions.findByCode(code)
                .filter(d -> d.level() == Level.COMMITTEE && user.role() != Role.DEPARTMENT_STAFF)
                .filter(d -> user.scope().covers(d.path()) || user.scope().path().startsWith(d.path()))
                .orElseThrow(() -> new NotFoundException("matters of " + code));
    }

    /** The committee a committee-level user (worker, grid worker, resident) belongs to, if any. */
    public Optional<Division> ownCommittee(CurrentUser user) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        if (node.level() == Level.COMMITTEE) {
            return Optional.of(node);
        }
        return divisions.lineage(node).stream().filter(d -> d.level() == Level.COMMITTEE).findFirst();
    }

    /** Only the staff of the committee's street keep its catalogue. */
    public boolean mayEdit(Division committee, CurrentUser user) {
        return user.role() == Role.STREET_STAFF && user.scope().covers(committee.path());
    }

    /** Procedures and deciding bodies that fit a committee: a residents' committee has no villagers' meeting. */
    public static List<MeetingKind> bodiesFor(Division committee) {
        return committee.kind() == Kind.VILLAGERS_COMMITTEE
                ? List.of(MeetingKind.VILLAGERS_MEETING, MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING,
                        MeetingKind.JOINT_COMMITTEES_MEETING, MeetingKind.ESTATE_COUNCIL)
                : List.of(MeetingKind.RESIDENTS_MEETING, MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING,
                        MeetingKind.JOINT_COMMITTEES_MEETING, MeetingKind.ESTATE_COUNCIL);
    }

    /** The committee's whole catalogue (inactive entries last), created from the law's defaults the first time. */
    @Transactional
    public List<Matter> catalogue(Division committee) {
        List<Matter> matters = all(committee.id());
        if (!matters.isEmpty()) {
            return matters;
        }
        boolean village = committee.kind() == Kind.VILLAGERS_COMMITTEE;
        Procedure procedure = village ? Procedure.VILLAGE : Procedure.URBAN;
        for (Default d : village ? VILLAGE : URBAN) {
            jdbc.sql("""
                            INSERT INTO matter (committee_id, division_path, name, mandatory, body, procedure, disclosure_kind,
                                                disclosure_note, basis, updated_by)
                            VALUES (:c, :p, :n, :m, :b, :proc, :dk, :dn, :basis, 'system') ON CONFLICT DO NOTHING""")
                    .param("c", committee.id()).param("p", committee.path()).param("n", d.name()).param("m", d.mandatory())
                    .param("b", d.body().name()).param("proc", procedure.name()).param("dk", d.disclosure().name())
                    .param("dn", d.note()).param("basis", d.basis()).update();
        }
        return all(committee.id());
    }

    private List<Matter> all(long committeeId) {
        return jdbc.sql(SELECT + "WHERE committee_id = :c ORDER BY NOT active, NOT mandatory, id").param("c", committeeId)
                .query(Matter.class).list();
    }

    /** Active entries of a committee's catalogue, for pre-review to choose from. */
    @Transactional
    public List<Matter> active(long committeeId) {
        return catalogue(divisions.findUnscoped(committeeId).orElseThrow()).stream().filter(Matter::active).toList();
    }

    /** The entry a topic was admitted under, if any. */
    public Optional<Matter> ofTopic(long topicId) {
        return jdbc.sql(SELECT + "WHERE id = (SELECT matter_id FROM topic WHERE id = :t)").param("t", topicId)
                .query(Matter.class).optional();
    }

    /** An active entry of the committee's catalogue, or empty. */
    public Optional<Matter> activeEntry(long committeeId, long matterId) {
        return jdbc.sql(SELECT + "WHERE id = :id AND committee_id = :c AND active").param("id", matterId).param("c", committeeId)
                .query(Matter.class).optional();
    }

    /**
     * Adds an entry ({@code id} null) or changes one; errors by field, in Chinese. Only the
     * committee's street may.
     */
    @Transactional
    public Map<String, String> save(Division committee, Long id, Map<String, String> form, CurrentUser user) {
        if (!mayEdit(committee, user)) {
            throw new NotFoundException("matters of " + committee.code() + " for editing");
        }
        Matter existing = null;
        if (id != null) {
            existing = all(committee.id()).stream().filter(m -> m.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("matter " + id));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.length() < 2 || name.length() > 60) {
            errors.put("name", "请填写事项名称（2 到 60 个字）");
        } else {
            long clash = jdbc.sql("SELECT count(*) FROM matter WHERE committee_id = :c AND name = :n AND id <> :id")
                    .param("c", committee.id()).param("n", name).param("id", id == null ? -1 : id).query(Long.class).single();
            if (clash > 0) {
                errors.put("name", "“" + name + "”已在本目录中");
            }
        }
        String mandatory = form.getOrDefault("mandatory", "");
        if (!Set.of("true", "false").contains(mandatory)) {
            errors.put("mandatory", "请选择必须协商或可以协商");
        }
        MeetingKind body = parse(MeetingKind.class, form.get("body"));
        if (body == null) {
            errors.put("body", "请选择决定机构");
        } else if (!bodiesFor(committee).contains(body)) {
            errors.put("body", body.label() + "不适用于" + committee.name());
        }
        Procedure procedure = parse(Procedure.class, form.get("procedure"));
        if (procedure == null) {
            errors.put("procedure", "请选择适用的议事程序");
        }
        String kindText = form.getOrDefault("disclosureKind", "");
        DisclosureKind disclosureKind = parse(DisclosureKind.class, kindText);
        if (!kindText.isBlank() && disclosureKind == null) {
            errors.put("disclosureKind", "请选择公开类别");
        }
        String note = form.getOrDefault("disclosureNote", "").strip();
        if (note.length() < 2 || note.length() > 200) {
            errors.put("disclosureNote", "请填写事后须公开的内容（2 到 200 个字）");
        }
        String basis = form.getOrDefault("basis", "").strip();
        if (basis.length() > 100) {
            errors.put("basis", "依据不能超过 100 个字");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (existing == null) {
            jdbc.sql("""
                            INSERT INTO matter (committee_id, division_path, name, mandatory, body, procedure, disclosure_kind,
                                                disclosure_note, basis, updated_by)
                            VALUES (:c, :p, :n, :m, :b, :proc, :dk, :dn, :basis, :by)""")
                    .param("c", committee.id()).param("p", committee.path()).param("n", name)
                    .param("m", Boolean.parseBoolean(mandatory)).param("b", body.name()).param("proc", procedure.name())
                    .param("dk", disclosureKind == null ? null : disclosureKind.name()).param("dn", note)
                    .param("basis", basis.isEmpty() ? null : basis).param("by", user.username()).update();
        } else {
            jdbc.sql("""
                            UPDATE matter SET name = :n, mandatory = :m, body = :b, procedure = :proc, disclosure_kind = :dk,
                                   disclosure_note = :dn, basis = :basis, updated_by = :by, updated_at = :now
                            WHERE id = :id AND committee_id = :c""").param("now", OffsetDateTime.now(clock))
                    .param("n", name).param("m", Boolean.parseBoolean(mandatory)).param("b", body.name())
                    .param("proc", procedure.name()).param("dk", disclosureKind == null ? null : disclosureKind.name())
                    .param("dn", note).param("basis", basis.isEmpty() ? null : basis).param("by", user.username())
                    .param("id", existing.id()).param("c", committee.id()).update();
        }
        audit.record("MATTER_SAVE", committee.name() + " " + name, committee.path(),
                (existing == null ? "新增：" : "修改：") + (Boolean.parseBoolean(mandatory) ? "必须协商" : "可以协商") + "，由"
                        + body.label() + "决定");
        return errors;
    }

    /** Takes an entry out of use (or back): topics admitted under it keep it. */
    @Transactional
    public void setActive(Division committee, long id, boolean active, CurrentUser user) {
        if (!mayEdit(committee, user)) {
            throw new NotFoundException("matters of " + committee.code() + " for editing");
        }
        Matter m = all(committee.id()).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("matter " + id));
        jdbc.sql("UPDATE matter SET active = :a, updated_by = :by, updated_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("a", active).param("by", user.username()).param("id", id).update();
        audit.record("MATTER_SAVE", committee.name() + " " + m.name(), committee.path(), active ? "恢复使用" : "停用");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
