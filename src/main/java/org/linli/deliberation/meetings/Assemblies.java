package org.linli.deliberation;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings convened on a roll drawn from the registry: an agenda of topics at their resolution
 * stage, sign-in in the hall against the roll, online ballots in the deliberation hall, and
 * minutes whose attendance and counts come from those records rather than from typed numbers.
 *
 * <p>Sign-ins and online ballots are rows of one table keyed by meeting and voter (a resident,
 * or a household where the rule counts households), so whichever channel a voter uses first is
 * the only one that counts: the database refuses the second, also when two requests race.
 * Closing a meeting writes its minutes as a {@code meeting} with its votes, which the topic's
 * procedure reads like any other resolution.
 */
@Service
public class Assemblies {

    private static final String SELECT = """
            SELECT a.id, a.committee_id, a.division_path, d.name AS committee_name, a.kind, a.basis, a.held_on, a.place,
                   a.chair, a.recorder, a.status, a.entitled, a.meeting_id, a.created_by, a.version, a.cancel_reason, a.cancelled_by
            FROM assembly a JOIN division d ON d.id = a.committee_id
            """;

    /** Residents joined to their household's address, for every list of people below. */
    private static final String PEOPLE = """
            SELECT r.id, r.household_id, r.name, r.id_last4, r.birth_date, r.sex, d.address,
            """;
    private static final String ADDRESS = " JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id ";

    /** Most absent names the minutes list; the count is always whole. */
    public static final int ABSENT_LISTED = 2000;

    /** One agenda item with the in-person count (once closed), the online ballots and the verdict. */
    public record Item(long topicId, String title, int position, Integer hallFor, Integer hallAgainst, Integer hallAbstain,
                       long onlineFor, long onlineAgainst, long onlineAbstain, Boolean passed, String reason) {

        public long totalFor() {
            return (hallFor == null ? 0 : hallFor) + onlineFor;
        }

        public long totalAgainst() {
            return (hallAgainst == null ? 0 : hallAgainst) + onlineAgainst;
        }

        public long totalAbstain() {
            return (hallAbstain == null ? 0 : hallAbstain) + onlineAbstain;
        }

        public long online() {
            return onlineFor + onlineAgainst + onlineAbstain;
        }
    }

    /** Who is entitled and who is present, in the meeting's unit (persons or households). */
    public record Attendance(long entitled, long present, long inPerson, long online) {

        public long absent() {
            return entitled - present;
        }
    }

    /** Everything the minutes show. */
    public record Minutes(Assembly assembly, List<Item> items, Attendance attendance, Quorum.Verdict quorum,
                          List<Person> present, List<Person> absent) {
    }

    /** A choice on an online ballot. */
    public enum Choice {
        FOR("赞成"), AGAINST("反对"), ABSTAIN("弃权");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final JdbcClient jdbc;
    private final Topics topics;
    private final Meetings meetings;
    private final Bindings bindings;
    private final AuditLog audit;
    private final Matters matters;
    private final Clock clock;

    Assemblies(JdbcClient jdbc, Topics topics, Meetings meetings, Bindings bindings, AuditLog audit, Matters matters, Clock clock) {
        this.clock = clock;
        this.matters = matters;
        this.jdbc = jdbc;
        this.topics = topics;
        this.meetings = meetings;
        this.bindings = bindings;
        this.audit = audit;
    }

    /** The quorum a roll-call gives: the meeting kind's rule, and two thirds of households for a villagers' meeting by household. */
    public static Quorum.Verdict quorum(MeetingKind kind, Basis basis, long entitled, long present) {
        if (basis != Basis.HOUSEHOLDS) {
            return Quorum.check(kind, entitled, present, 0, 0);
        }
        if (entitled == 0) {
            return new Quorum.Verdict(false, "名册上没有户，不能开会");
        }
        boolean village = kind == MeetingKind.VILLAGERS_MEETING;
        MeetingKind.Threshold rule = village ? MeetingKind.Threshold.TWO_THIRDS_OR_MORE : MeetingKind.Threshold.MORE_THAN_HALF;
        String counted = "应到 " + entitled + " 户，派代表参加 " + present + " 户";
        String need = village ? "三分之二" : "半数";
        return rule.met(present, entitled) ? new Quorum.Verdict(true, counted + "，" + (village ? "达到" : "超过") + need + "，符合法定人数")
                : new Quorum.Verdict(false, counted + "，未达到" + need + "，不能作出决定");
    }

    /** Where an open meeting's attendance stands against its quorum; a cancelled meeting counts nobody. */
    public static Quorum.Verdict quorum(Assembly a, Attendance attendance) {
        return a.status() == Assembly.Status.CANCELLED ? new Quorum.Verdict(false, "会议已取消，不计法定人数")
                : quorum(a.kind(), a.basis(), attendance.entitled(), attendance.present());
    }

    // ---------------------------------------------------------------- reading

    public Assembly get(long id, CurrentUser user) {
        Assembly a = jdbc.sql(SELECT + "WHERE a.id = :id").param("id", id).query(Assembly.class).optional()
                .orElseThrow(() -> new NotFoundException("assembly " + id));
        boolean visible = switch (user.role()) {
            case DEPARTMENT_STAFF -> false;
            case RESIDENT -> a.committeeId() == topics.committeeOf(user).id();
            default -> new DataScope(user.scope().path()).covers(a.divisionPath());
        };
        if (!visible) {
            throw new NotFoundException("assembly " + id);
        }
        return a;
    }

    /** Meetings within the staff member's scope, newest first. */
    public List<Assembly> list(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF || user.role() == Role.RESIDENT) {
            throw new NotFoundException("assemblies");
        }
        return jdbc.sql(SELECT + "WHERE a.division_path LIKE :p || '%' ORDER BY a.held_on DESC, a.id DESC LIMIT 200")
                .param("p", user.scope().prefix()).query(Assembly.class).list();
    }

    /** Meetings whose agenda holds the topic (the caller has already been allowed to see the topic). */
    public List<Assembly> forTopic(long topicId) {
        return jdbc.sql(SELECT + "WHERE a.id IN (SELECT assembly_id FROM assembly_item WHERE topic_id = :t) ORDER BY a.id")
                .param("t", topicId).query(Assembly.class).list();
    }

    public List<Item> items(long assemblyId) {
        return jdbc.sql("""
                        SELECT i.topic_id, t.title, i.position, i.hall_for, i.hall_against, i.hall_abstain,
                               count(c.voter_id) FILTER (WHERE c.choice = 'FOR') AS online_for,
                               count(c.voter_id) FILTER (WHERE c.choice = 'AGAINST') AS online_against,
                               count(c.voter_id) FILTER (WHERE c.choice = 'ABSTAIN') AS online_abstain,
                               v.passed, v.reason
                        FROM assembly_item i JOIN topic t ON t.id = i.topic_id JOIN assembly a ON a.id = i.assembly_id
                             LEFT JOIN ballot_choice c ON c.assembly_id = i.assembly_id AND c.topic_id = i.topic_id
                             LEFT JOIN meeting_vote v ON v.meeting_id = a.meeting_id AND v.topic_id = i.topic_id
                        WHERE i.assembly_id = :a
                        GROUP BY i.topic_id, t.title, i.position, i.hall_for, i.hall_against, i.hall_abstain, v.passed, v.reason
                        ORDER BY i.position""")
                .param("a", assemblyId).query(Item.class).list();
    }

    public Attendance attendance(Assembly a) {
        return jdbc.sql("""
                        SELECT :e AS entitled, count(*) AS present, count(*) FILTER (WHERE channel = 'IN_PERSON') AS in_person,
                               count(*) FILTER (WHERE channel = 'ONLINE') AS online
                        FROM ballot WHERE assembly_id = :a""")
                .param("e", a.entitled()).param("a", a.id()).query(Attendance.class).single();
    }

    /** The minutes: chair, recorder, who was present and absent, each item's count and verdict. */
    public Minutes minutes(long id, CurrentUser user) {
        Assembly a = get(id, user);
        Attendance attendance = attendance(a);
        Quorum.Verdict quorum = a.meetingId() == null ? quorum(a, attendance)
                : jdbc.sql("SELECT quorum_met AS met, quorum_reason AS reason FROM meeting WHERE id = :m").param("m", a.meetingId())
                        .query(Quorum.Verdict.class).single();
        List<Person> present = jdbc.sql(PEOPLE + "b.channel, b.recorded_by AS signed_by FROM ballot b JOIN resident r ON r.id = b.resident_id"
                        + ADDRESS + "WHERE b.assembly_id = :a ORDER BY b.at, r.id")
                .param("a", a.id()).query(Person.class).list();
        String absentSql = a.perHousehold()
                ? PEOPLE + """
                        NULL AS channel, NULL AS signed_by
                        FROM assembly_roll ar JOIN household h ON h.id = ar.voter_id JOIN dwelling d ON d.id = h.dwelling_id
                             JOIN LATERAL (SELECT * FROM resident m WHERE m.household_id = h.id
                                           ORDER BY m.relation = 'HEAD' DESC, m.birth_date LIMIT 1) r ON true
                        """
                : PEOPLE + "NULL AS channel, NULL AS signed_by FROM assembly_roll ar JOIN resident r ON r.id = ar.voter_id" + ADDRESS;
        List<Person> absent = jdbc.sql(absentSql + """
                        WHERE ar.assembly_id = :a
                          AND NOT EXISTS (SELECT 1 FROM ballot b WHERE b.assembly_id = ar.assembly_id AND b.voter_id = ar.voter_id)
                        ORDER BY r.name, r.id LIMIT :n""")
                .param("a", a.id()).param("n", ABSENT_LISTED).query(Person.class).list();
        return new Minutes(a, items(a.id()), attendance, quorum, present, absent);
    }

    /**
     * People of the roll matching a name's beginning or the ID's last four, for the sign-in desk;
     * where the rule counts households, the adult members of households on the roll, each with
     * their household's sign-in if there is one.
     */
    public List<Person> searchRoll(long id, String text, CurrentUser user) {
        Assembly a = get(id, user);
        String q = Representatives.searchText(text);
        if (q.isEmpty() || user.role() == Role.RESIDENT) {
            return List.of();
        }
        return jdbc.sql(PEOPLE + """
                        b.channel, s.name AS signed_by
                        FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
                             JOIN assembly_roll ar ON ar.assembly_id = :a
                                  AND ar.voter_id = CASE WHEN :perHousehold THEN r.household_id ELSE r.id END
                             LEFT JOIN ballot b ON b.assembly_id = ar.assembly_id AND b.voter_id = ar.voter_id
                             LEFT JOIN resident s ON s.id = b.resident_id
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :adult
                          AND (r.name LIKE :q || '%' OR r.id_last4 = :q)
                        ORDER BY r.name, r.id LIMIT 30""")
                .param("a", a.id()).param("perHousehold", a.perHousehold()).param("p", a.divisionPath())
                .param("adult", a.heldOn().minusYears(18)).param("q", q).query(Person.class).list();
    }

    /** Topics a worker may put on an agenda: their committee's, at the resolution stage, not yet passed. */
    public List<Topic> agendaCandidates(CurrentUser user) {
        return topics.list(user, TopicStatus.ADMITTED).stream()
                .filter(t -> t.openStage() != null && t.openStage().requirement() == Procedure.Requirement.RESOLUTION)
                .filter(t -> !meetings.passed(t.id())).toList();
    }

    // ---------------------------------------------------------------- convening

    /**
     * Convenes a meeting of the worker's committee on the topics chosen and takes its roll from
     * the registry as of the meeting day. Errors by field, in Chinese.
     */
    @Transactional
    public Map<String, String> convene(Map<String, String> form, List<Long> topicIds, CurrentUser user, long[] created) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("会议由居（村）委会工作人员召集");
        }
        Division committee = topics.committeeOf(user);
        MeetingKind kind = null;
        try {
            kind = MeetingKind.valueOf(form.getOrDefault("kind", ""));
            if (!Basis.kindsFor(committee.kind()).contains(kind)) {
                errors.put("kind", committee.name() + "不召开" + kind.label());
            }
        } catch (IllegalArgumentException e) {
            errors.put("kind", "请选择会议类型");
        }
        Basis basis = null;
        try {
            basis = Basis.valueOf(form.getOrDefault("basis", ""));
            if (kind != null && !Basis.of(kind).contains(basis)) {
                errors.put("basis", kind.label() + "不能按“" + basis.label() + "”计算应到人数");
            }
        } catch (IllegalArgumentException e) {
            errors.put("basis", "请选择应到人员的范围");
        }
        LocalDate heldOn = null;
        try {
            heldOn = LocalDate.parse(form.getOrDefault("heldOn", "").strip());
            if (heldOn.isBefore(LocalDate.now(clock).minusYears(1)) || heldOn.isAfter(LocalDate.now(clock).plusYears(1))) {
                errors.put("heldOn", "会议日期应在前后一年之内");
                heldOn = null;
            }
        } catch (DateTimeException e) {
            errors.put("heldOn", "请填写会议日期（如 2026-11-20）");
        }
        String place = form.getOrDefault("place", "").strip();
        String chair = form.getOrDefault("chair", "").strip();
        String recorder = form.getOrDefault("recorder", "").strip();
        if (place.isEmpty() || place.length() > 100) {
            errors.put("place", "请填写会议地点（100 字以内）");
        }
        if (chair.isEmpty() || chair.length() > 50) {
            errors.put("chair", "请填写主持人");
        }
        if (recorder.isEmpty() || recorder.length() > 50) {
            errors.put("recorder", "请填写记录人");
        }
        List<Topic> agenda = new ArrayList<>();
        List<Long> ids = topicIds == null ? List.of() : topicIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            errors.put("topics", "请至少选择一项议程（处于表决阶段的议题）");
        }
        List<Long> eligible = agendaCandidates(user).stream().map(Topic::id).toList();
        for (long topicId : ids) {
            Topic t = topics.get(topicId, user);
            if (t.committeeId() != committee.id() || !eligible.contains(topicId)) {
                errors.put("topics", "“" + t.title() + "”不在表决阶段，不能列入议程");
            } else if (jdbc.sql("""
                            SELECT count(*) > 0 FROM assembly_item i JOIN assembly a ON a.id = i.assembly_id
                            WHERE i.topic_id = :t AND a.status NOT IN ('CLOSED', 'CANCELLED')""")
                    .param("t", topicId).query(Boolean.class).single()) {
                errors.put("topics", "“" + t.title() + "”已列入另一次尚未结束的会议");
            } else {
                // A topic admitted under an entry of the catalogue goes only before the body the entry names.
                Matter entry = matters.ofTopic(topicId).orElse(null);
                String wrongBody = entry == null || kind == null ? null : entry.refusal(kind);
                if (wrongBody != null) {
                    errors.put("kind", "“" + t.title() + "”：" + wrongBody + (Basis.of(entry.body()).isEmpty()
                            ? "；" + entry.body().label() + "的成员不在居民登记中，请在议题页用“会议表决记录”录入" : ""));
                } else {
                    agenda.add(t);
                }
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        long id = jdbc.sql("""
                        INSERT INTO assembly (committee_id, division_path, kind, basis, held_on, place, chair, recorder, entitled, created_by)
                        VALUES (:c, :p, :k, :b, :h, :place, :chair, :rec, 0, :by) RETURNING id""")
                .param("c", committee.id()).param("p", committee.path()).param("k", kind.name()).param("b", basis.name())
                .param("h", heldOn).param("place", place).param("chair", chair).param("rec", recorder).param("by", user.username())
                .query(Long.class).single();
        for (int i = 0; i < agenda.size(); i++) {
            jdbc.sql("INSERT INTO assembly_item (assembly_id, topic_id, position) VALUES (:a, :t, :i)")
                    .param("a", id).param("t", agenda.get(i).id()).param("i", i + 1).update();
        }
        int entitled = snapshotRoll(id, basis, committee, heldOn);
        if (entitled == 0) {
            throw new TopicRejected(basis == Basis.REPRESENTATIVES ? "代表名册为空，请先在“代表名册”中列入代表"
                    : "本居（村）委会的居民登记中没有符合条件的人员，不能召开会议");
        }
        jdbc.sql("UPDATE assembly SET entitled = :e WHERE id = :id").param("e", entitled).param("id", id).update();
        audit.record("ASSEMBLY", heldOn + " " + kind.label(), committee.path(),
                "召集会议，应到 " + entitled + " " + basis.unit() + "，议程：" + String.join("；", agenda.stream().map(Topic::title).toList()));
        created[0] = id;
        return errors;
    }

    /** Copies who is entitled on the meeting day into the meeting's roll; returns how many. */
    private int snapshotRoll(long id, Basis basis, Division committee, LocalDate heldOn) {
        String source = switch (basis) {
            case PERSONS -> """
                    SELECT r.id FROM resident r
                    WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :adult""";
            case HOUSEHOLDS -> """
                    SELECT DISTINCT r.household_id FROM resident r JOIN household h ON h.id = r.household_id
                    WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :adult AND h.closed_on IS NULL""";
            case REPRESENTATIVES -> """
                    SELECT r.id FROM representative p JOIN resident r ON r.id = p.resident_id
                    WHERE p.committee_id = :c AND r.status = 'LIVING' AND r.birth_date <= :adult
                      AND r.division_path LIKE :p || '%'""";
        };
        return jdbc.sql("INSERT INTO assembly_roll (assembly_id, voter_id) SELECT :a, v.id FROM (" + source + ") v(id)")
                .param("a", id).param("p", committee.path()).param("c", committee.id()).param("adult", heldOn.minusYears(18))
                .update();
    }

    // ---------------------------------------------------------------- sign-in and ballots

    /** The meeting locked against closing while a sign-in or a ballot is written (closing takes the row exclusively). */
    private Assembly lockShared(long id, CurrentUser user) {
        Assembly a = get(id, user);
        jdbc.sql("SELECT id FROM assembly WHERE id = :id FOR SHARE").param("id", id).query(Long.class).single();
        return jdbc.sql(SELECT + "WHERE a.id = :id").param("id", id).query(Assembly.class).single();
    }

    /** The voter a resident is in this meeting (themselves, or their household), or why they are not on its roll. */
    private long voterOf(Assembly a, long residentId, boolean self) {
        record Who(long id, long householdId, String name, String status, LocalDate birthDate, String divisionPath) {
        }
        Who w = jdbc.sql("SELECT id, household_id, name, status, birth_date, division_path FROM resident WHERE id = :r")
                .param("r", residentId).query(Who.class).optional().orElseThrow(() -> new NotFoundException("resident " + residentId));
        String you = self ? "您" : Person.mask(w.name());
        if (!new DataScope(a.divisionPath()).covers(w.divisionPath())) {
            throw new TopicRejected(you + "不是" + a.committeeName() + "登记的居民，不能参加本次表决");
        }
        if (!"LIVING".equals(w.status())) {
            throw new TopicRejected("登记显示" + you + "已迁出或已故，不能参加本次表决");
        }
        if (w.birthDate().isAfter(a.heldOn().minusYears(18))) {
            throw new TopicRejected(you + "在会议日（" + a.heldOn() + "）未满 18 周岁，没有表决权");
        }
        long voter = a.perHousehold() ? w.householdId() : w.id();
        boolean onRoll = jdbc.sql("SELECT count(*) > 0 FROM assembly_roll WHERE assembly_id = :a AND voter_id = :v")
                .param("a", a.id()).param("v", voter).query(Boolean.class).single();
        if (!onRoll) {
            throw new TopicRejected(you + (a.basis() == Basis.REPRESENTATIVES ? "不在本次会议的代表名册上"
                    : a.perHousehold() ? "所在户不在本次会议的名册上" : "不在本次会议的名册上") + "，不能参加本次表决");
        }
        return voter;
    }

    /** Why a voter's row already exists, in Chinese. */
    private String alreadyOnRecord(Assembly a, long voter) {
        record Row(String channel, String name) {
        }
        Row row = jdbc.sql("""
                        SELECT b.channel, r.name FROM ballot b JOIN resident r ON r.id = b.resident_id
                        WHERE b.assembly_id = :a AND b.voter_id = :v""")
                .param("a", a.id()).param("v", voter).query(Row.class).single();
        String who = (a.perHousehold() ? "该户已由" : "") + Person.mask(row.name());
        return "ONLINE".equals(row.channel())
                ? who + "已在线上议事厅投票，已计入出席，不再重复签到或计票"
                : who + "已在会场签到，不再重复签到";
    }

    /** Signs a person in at the hall, in person or as their household's representative. */
    @Transactional
    public String signIn(long id, long residentId, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("会议签到由居（村）委会工作人员办理");
        }
        Assembly a = lockShared(id, user);
        if (!a.open()) {
            throw new TopicRejected("会议" + a.status().label() + "，不能再签到");
        }
        long voter = voterOf(a, residentId, false);
        int inserted = jdbc.sql("""
                        INSERT INTO ballot (assembly_id, voter_id, resident_id, channel, recorded_by)
                        VALUES (:a, :v, :r, 'IN_PERSON', :by) ON CONFLICT DO NOTHING""")
                .param("a", a.id()).param("v", voter).param("r", residentId).param("by", user.username()).update();
        if (inserted == 0) {
            throw new TopicRejected(alreadyOnRecord(a, voter));
        }
        String name = jdbc.sql("SELECT name FROM resident WHERE id = :r").param("r", residentId).query(String.class).single();
        audit.record("ASSEMBLY_SIGN_IN", a.title(), a.divisionPath(), Person.mask(name) + (a.perHousehold() ? " 代表本户签到" : " 签到"));
        return Person.mask(name) + (a.perHousehold() ? " 已代表本户签到" : " 已签到");
    }

    /**
     * Takes back a sign-in ticked by mistake, while the meeting is open. Online ballots are the
     * voter's own and stay.
     */
    @Transactional
    public String undoSignIn(long id, long residentId, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("会议签到由居（村）委会工作人员办理");
        }
        Assembly a = lockShared(id, user);
        if (!a.open()) {
            throw new TopicRejected("会议" + a.status().label() + "，签到不能撤销");
        }
        String name = jdbc.sql("""
                        DELETE FROM ballot b USING resident r
                        WHERE b.assembly_id = :a AND b.resident_id = :r AND b.channel = 'IN_PERSON' AND r.id = b.resident_id
                        RETURNING r.name""")
                .param("a", id).param("r", residentId).query(String.class).optional()
                .orElseThrow(() -> new TopicRejected("此人没有在会场签到，无需撤销"));
        audit.record("ASSEMBLY_SIGN_IN", a.title(), a.divisionPath(), Person.mask(name) + " 撤销签到");
        return Person.mask(name) + " 的签到已撤销";
    }

    /** Opens the vote: bound residents on the roll may now vote online; sign-in stays open for late arrivals. */
    @Transactional
    public void openVoting(long id, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("表决由居（村）委会工作人员宣布开始");
        }
        Assembly a = get(id, user);
        int updated = jdbc.sql("UPDATE assembly SET status = 'VOTING', version = version + 1 WHERE id = :id AND status = 'SIGN_IN'")
                .param("id", id).update();
        if (updated == 0) {
            throw new TopicRejected("会议" + a.status().label() + "，不能开始表决");
        }
        audit.record("ASSEMBLY", a.title(), a.divisionPath(), "开始表决（现场与线上议事厅）");
    }

    /** What the signed-in resident has on record in a meeting: their ballot's channel and their choice on the topic. */
    public record MyBallot(String channel, String choice, String byName) {

        public String choiceLabel() {
            return choice == null ? "" : Choice.valueOf(choice).label();
        }
    }

    public java.util.Optional<MyBallot> myBallot(Assembly a, long residentId, long topicId) {
        record Who(long id, long householdId) {
        }
        Who w = jdbc.sql("SELECT id, household_id FROM resident WHERE id = :r").param("r", residentId).query(Who.class).single();
        long voter = a.perHousehold() ? w.householdId() : w.id();
        return jdbc.sql("""
                        SELECT b.channel, c.choice, r.name AS by_name FROM ballot b JOIN resident r ON r.id = b.resident_id
                             LEFT JOIN ballot_choice c ON c.assembly_id = b.assembly_id AND c.voter_id = b.voter_id AND c.topic_id = :t
                        WHERE b.assembly_id = :a AND b.voter_id = :v""")
                .param("a", a.id()).param("v", voter).param("t", topicId).query(MyBallot.class).optional();
    }

    /** Why the resident may not vote online in this meeting, or null when they may. */
    public String whyNot(Assembly a, long residentId) {
        try {
            voterOf(a, residentId, true);
            return null;
        } catch (TopicRejected e) {
            return e.getMessage();
        }
    }

    /**
     * A bound resident's online ballot on one agenda item. Counts them present; refused when they
     * (or their household) signed in at the hall, or already voted on the item.
     */
    @Transactional
    public void voteOnline(long id, long topicId, String choice, CurrentUser user) {
        if (user.role() != Role.RESIDENT) {
            throw new TopicRejected("线上表决由居民本人在议事厅进行");
        }
        Bindings.Bound me = bindings.of(user.accountId())
                .orElseThrow(() -> new TopicRejected("请先在“我的信息”中完成实名认证，再参加线上表决"));
        Assembly a = lockShared(id, user);
        boolean onAgenda = jdbc.sql("SELECT count(*) > 0 FROM assembly_item WHERE assembly_id = :a AND topic_id = :t")
                .param("a", id).param("t", topicId).query(Boolean.class).single();
        if (!onAgenda) {
            throw new NotFoundException("agenda item " + topicId);
        }
        if (a.status() != Assembly.Status.VOTING) {
            throw new TopicRejected(switch (a.status()) {
                case CLOSED -> "会议已结束，表决已截止";
                case CANCELLED -> "会议已取消，表决已关闭";
                default -> "会议尚未开始表决";
            });
        }
        Choice c;
        try {
            c = Choice.valueOf(choice == null ? "" : choice);
        } catch (IllegalArgumentException e) {
            throw new TopicRejected("请选择赞成、反对或弃权");
        }
        long voter = voterOf(a, me.residentId(), true);
        jdbc.sql("""
                        INSERT INTO ballot (assembly_id, voter_id, resident_id, channel, recorded_by)
                        VALUES (:a, :v, :r, 'ONLINE', :by) ON CONFLICT DO NOTHING""")
                .param("a", id).param("v", voter).param("r", me.residentId()).param("by", user.username()).update();
        String channel = jdbc.sql("SELECT channel FROM ballot WHERE assembly_id = :a AND voter_id = :v")
                .param("a", id).param("v", voter).query(String.class).single();
        if (!"ONLINE".equals(channel)) {
            throw new TopicRejected((a.perHousehold() ? "您家已有人" : "您已") + "在会场签到，请在会场表决，不能再在线投票");
        }
        int counted = jdbc.sql("""
                        INSERT INTO ballot_choice (assembly_id, voter_id, topic_id, choice) VALUES (:a, :v, :t, :c)
                        ON CONFLICT DO NOTHING""")
                .param("a", id).param("v", voter).param("t", topicId).param("c", c.name()).update();
        if (counted == 0) {
            throw new TopicRejected(a.perHousehold() ? "您家已就该议题投过票，每户只有一票" : "您已就该议题投过票，每人只能投一次");
        }
        audit.record("ASSEMBLY_BALLOT", a.title(), a.divisionPath(), "线上议事厅投票（议题 #" + topicId + "）");
    }

    // ---------------------------------------------------------------- minutes

    /**
     * Closes the meeting with the hall's count per item. Attendance is what the roll and the
     * ballots say; each item's tally is the hall's count plus the online ballots and can never
     * exceed those present. Without quorum the minutes record no decision.
     */
    @Transactional
    public Quorum.Verdict close(long id, Map<String, String> form, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("会议记录由居（村）委会工作人员填写");
        }
        get(id, user);
        jdbc.sql("SELECT id FROM assembly WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        Assembly a = jdbc.sql(SELECT + "WHERE a.id = :id").param("id", id).query(Assembly.class).single();
        if (!a.open()) {
            throw new TopicRejected("会议" + a.status().label());
        }
        Attendance att = attendance(a);
        List<Item> items = items(id);
        Map<Long, int[]> hall = new LinkedHashMap<>();
        for (Item item : items) {
            int[] counts = new int[3];
            String[] fields = {"for_", "against_", "abstain_"};
            for (int k = 0; k < 3; k++) {
                String text = form.getOrDefault(fields[k] + item.topicId(), "").strip();
                try {
                    counts[k] = text.isEmpty() ? 0 : Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    counts[k] = -1;
                }
                if (counts[k] < 0) {
                    throw new TopicRejected("“" + item.title() + "”：现场赞成、反对、弃权票数应为不小于 0 的整数");
                }
            }
            if ((long) counts[0] + counts[1] + counts[2] > att.inPerson()) {
                throw new TopicRejected("“" + item.title() + "”：现场赞成、反对、弃权之和（" + (counts[0] + counts[1] + counts[2])
                        + "）不能超过现场签到的 " + att.inPerson() + " " + a.basis().unit());
            }
            hall.put(item.topicId(), counts);
        }
        Quorum.Verdict quorum = quorum(a.kind(), a.basis(), att.entitled(), att.present());
        long households = a.perHousehold() ? att.entitled() : 0;
        long represented = a.perHousehold() ? att.present() : 0;
        long meetingId = jdbc.sql("""
                        INSERT INTO meeting (committee_id, division_path, kind, held_on, chair, recorder, entitled, present,
                                             households, households_represented, quorum_met, quorum_reason, created_by)
                        VALUES (:c, :p, :k, :h, :chair, :rec, :e, :pr, :hh, :hr, :q, :qr, :by) RETURNING id""")
                .param("c", a.committeeId()).param("p", a.divisionPath()).param("k", a.kind().name()).param("h", a.heldOn())
                .param("chair", a.chair()).param("rec", a.recorder()).param("e", att.entitled()).param("pr", att.present())
                .param("hh", households).param("hr", represented).param("q", quorum.met()).param("qr", quorum.reason())
                .param("by", user.username()).query(Long.class).single();
        List<String> outcomes = new ArrayList<>();
        for (Item item : items) {
            int[] counts = hall.get(item.topicId());
            jdbc.sql("INSERT INTO meeting_attempt (meeting_id, topic_id) VALUES (:m, :t)").param("m", meetingId)
                    .param("t", item.topicId()).update();
            jdbc.sql("""
                            UPDATE assembly_item SET hall_for = :f, hall_against = :ag, hall_abstain = :ab
                            WHERE assembly_id = :a AND topic_id = :t""")
                    .param("f", counts[0]).param("ag", counts[1]).param("ab", counts[2]).param("a", id).param("t", item.topicId())
                    .update();
            if (!quorum.met()) {
                continue;
            }
            long votesFor = counts[0] + item.onlineFor();
            long against = counts[1] + item.onlineAgainst();
            long abstaining = counts[2] + item.onlineAbstain();
            Quorum.Verdict vote = Quorum.passes(att.present(), votesFor, against, abstaining);
            String reason = vote.reason() + (item.online() > 0 ? "（含线上 " + item.online() + " 票）" : "");
            jdbc.sql("""
                            INSERT INTO meeting_vote (meeting_id, topic_id, votes_for, votes_against, abstaining, passed, reason)
                            VALUES (:m, :t, :f, :a, :ab, :p, :r)""")
                    .param("m", meetingId).param("t", item.topicId()).param("f", votesFor).param("a", against)
                    .param("ab", abstaining).param("p", vote.met()).param("r", reason.length() > 200 ? reason.substring(0, 200) : reason)
                    .update();
            outcomes.add(item.title() + "：" + (vote.met() ? "通过" : "未通过"));
        }
        jdbc.sql("UPDATE assembly SET status = 'CLOSED', meeting_id = :m, version = version + 1 WHERE id = :id")
                .param("m", meetingId).param("id", id).update();
        audit.record("MEETING", a.title(), a.divisionPath(), quorum.reason() + (outcomes.isEmpty() ? "" : "；" + String.join("；", outcomes)));
        return quorum;
    }

    /**
     * Cancels a meeting that has not closed, with a reason. Its sign-ins and online ballots stay
     * on record but count for nothing: no minutes are written from them, voting is closed, and
     * its topics may be put to a new meeting.
     */
    @Transactional
    public void cancel(long id, String reason, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("会议由居（村）委会工作人员取消");
        }
        get(id, user);
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 2 || text.length() > 200) {
            throw new TopicRejected("请填写取消会议的原因（2 到 200 个字）");
        }
        // Taken exclusively, like closing: a sign-in or ballot in flight finishes first or sees the meeting cancelled.
        jdbc.sql("SELECT id FROM assembly WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        Assembly a = jdbc.sql(SELECT + "WHERE a.id = :id").param("id", id).query(Assembly.class).single();
        if (!a.open()) {
            throw new TopicRejected("会议" + a.status().label() + "，不能取消");
        }
        jdbc.sql("""
                        UPDATE assembly SET status = 'CANCELLED', cancel_reason = :r, cancelled_by = :by, cancelled_at = :now,
                               version = version + 1
                        WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("r", text).param("by", user.username()).param("id", id).update();
        Attendance att = attendance(a);
        audit.record("ASSEMBLY", a.title(), a.divisionPath(), "取消会议：" + text + "（已签到 " + att.inPerson() + "、线上投票 "
                + att.online() + " " + a.basis().unit() + "，均不计入）");
    }

    /** The committee of the signed-in worker, for pages that offer convening. */
    public Division committeeOf(CurrentUser user) {
        return topics.committeeOf(user);
    }
}
