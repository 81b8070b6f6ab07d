package org.linli.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Representatives;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.DwellingUse;
import org.linli.registry.Registration;
import org.linli.registry.RegistryLoader;
import org.linli.registry.Relation;
import org.linli.registry.Tenure;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The deliberation tests' shared steps on the demo district: topics taken through pre-review,
 * meetings and stages as a worker would, resident accounts bound to the registry, a small
 * village with a registry and a lawful roster, and what a page answered (a redirect with its
 * message, or the form shown again with its refusal).
 */
public final class DeliberationFixtures {

    /** 五塔北街社区居委会, the demo committee with a registry and a roster of 30 representatives. */
    public static final String HOME = "150104001002";
    /** Another residents' committee of the same street. */
    public static final String NEIGHBOUR = "150104001004";
    /** 东二道河村委会, a villagers' committee without residents until {@link #village()} adds some. */
    public static final String VILLAGE = "150104100200";

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Divisions divisions;
    private final Bindings bindings;
    private final Representatives representatives;
    private final RegistryLoader loader;
    private final TestClock clock;

    public DeliberationFixtures(ApplicationContext context) {
        this.mvc = context.getBean(MockMvc.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.accounts = context.getBean(Accounts.class);
        this.divisions = context.getBean(Divisions.class);
        this.bindings = context.getBean(Bindings.class);
        this.representatives = context.getBean(Representatives.class);
        this.loader = context.getBean(RegistryLoader.class);
        this.clock = context.getBean(TestClock.class);
    }

    // ------------------------------------------------------------------ what a page answered

    /** The Chinese a refusal shows, from {@code messages.properties}. */
    public static String text(Refusal refusal) {
        return MESSAGES.getMessage(refusal.key(), refusal.args(), Locale.SIMPLIFIED_CHINESE);
    }

    /** The Chinese of the refusal a call threw. */
    public static String text(Throwable thrown) {
        assertThat(thrown).isInstanceOf(Refusal.class);
        return text((Refusal) thrown);
    }

    /**
     * "saved:…" when the write went through (the flash message of its redirect), or "error:…" when
     * its form was shown again: the refusal, or else the field errors joined.
     */
    public static String outcome(MvcResult result) {
        if (result.getResponse().getStatus() / 100 == 3) {
            Object saved = result.getFlashMap().get("saved");
            return "saved:" + (saved == null ? "" : saved);
        }
        assertThat(result.getResponse().getStatus()).as("a refused form is shown again").isEqualTo(200);
        Map<String, Object> model = result.getModelAndView().getModel();
        if (model.get("refusal") != null) {
            return "error:" + model.get("refusal");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.get("errors");
        return "error:" + String.join("；", errors.values());
    }

    /** Sends a form as {@code who} and tells what it answered (see {@link #outcome}). */
    public String send(MockHttpServletRequestBuilder request, String who) throws Exception {
        return outcome(mvc.perform(request.with(as(who)).with(csrf())).andReturn());
    }

    /** Sends a form that must go through. */
    public void ok(MockHttpServletRequestBuilder request, String who) throws Exception {
        assertThat(send(request, who)).startsWith("saved:");
    }

    /** The refusal a form was shown again with (fails when it went through). */
    public String refused(MockHttpServletRequestBuilder request, String who) throws Exception {
        String outcome = send(request, who);
        assertThat(outcome).startsWith("error:");
        return outcome.substring("error:".length());
    }

    public String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    // ------------------------------------------------------------------ people

    public Division committee(String code) {
        return divisions.findByCode(code).orElseThrow();
    }

    /** An account of the committee or place with this code, made once. */
    public String account(String username, String code, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.createSystemAccount(username, username, role, committee(code), "linli2026");
        }
        return username;
    }

    /** Living residents of the committee matching an SQL condition on {@code r}, in id order; {@code :adult} is 18 years ago. */
    public List<Long> residents(String code, String condition, int n) {
        return jdbc.sql("SELECT r.id FROM resident r WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%' AND "
                        + condition + " ORDER BY r.id LIMIT :n")
                .param("c", code).param("adult", clock.today().minusYears(18)).param("n", n).query(Long.class).list();
    }

    /** Living adults of the committee (on today's date), for {@link #residents}. */
    public static final String ADULT = "r.status = 'LIVING' AND r.birth_date <= :adult";

    public String name(long residentId) {
        return jdbc.sql("SELECT name FROM resident WHERE id = :r").param("r", residentId).query(String.class).single();
    }

    /** A resident account bound to the resident (made once, reused across tests). */
    public String voter(long residentId, String code) {
        List<String> bound = jdbc.sql("""
                        SELECT a.username FROM resident_account b JOIN account a ON a.id = b.account_id WHERE b.resident_id = :r""")
                .param("r", residentId).query(String.class).list();
        if (!bound.isEmpty()) {
            return bound.getFirst();
        }
        String username = account("voter-" + residentId, code, Role.RESIDENT);
        bindings.enrol(accounts.findByUsername(username).orElseThrow().id(), residentId, committee(code));
        return username;
    }

    // ------------------------------------------------------------------ topics

    public long propose(String who, String title, String body) throws Exception {
        MvcResult r = mvc.perform(post("/topics").param("title", title).param("body", body).with(as(who)).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as(outcome(r)).isNotNull();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public MockHttpServletRequestBuilder review(long topic, String outcome, String reason, Long matter) {
        MockHttpServletRequestBuilder request = post("/topics/{id}/review", topic).param("outcome", outcome).param("reason", reason);
        return matter == null ? request : request.param("matter", String.valueOf(matter));
    }

    /** Proposed by the worker and admitted (without an entry of the catalogue). */
    public long admitted(String worker, String title) throws Exception {
        long id = propose(worker, title, title + "：居民提出，需协商确定方案。");
        ok(review(id, "ADMITTED", "", null), worker);
        return id;
    }

    public MockHttpServletRequestBuilder stage(long topic, int stage, String record) {
        return post("/topics/{id}/stages/{s}", topic, stage).param("record", record);
    }

    /** Admitted and taken through the stages before the vote (one in a town, three in a village). */
    public long atResolution(String worker, String title) throws Exception {
        long id = admitted(worker, title);
        int textStages = "VILLAGE".equals(jdbc.sql("SELECT procedure FROM topic WHERE id = :id").param("id", id)
                .query(String.class).single()) ? 3 : 1;
        for (int s = 0; s < textStages; s++) {
            ok(stage(id, s, "本阶段意见：同意提交表决"), worker);
        }
        return id;
    }

    /** The typed form of a meeting on the topic. */
    public MockHttpServletRequestBuilder typedMeeting(long topic, String kind, LocalDate day, int entitled, int present, int votesFor,
                                                      int against, int abstaining) {
        return post("/topics/{id}/meetings", topic).param("kind", kind).param("heldOn", day.toString()).param("chair", "张丽")
                .param("recorder", "李强").param("entitled", String.valueOf(entitled)).param("present", String.valueOf(present))
                .param("votesFor", String.valueOf(votesFor)).param("votesAgainst", String.valueOf(against))
                .param("abstaining", String.valueOf(abstaining));
    }

    /** An urban topic of the demo committee passed by a representatives' meeting with quorum, its resolution published. */
    public long resolved(String title, String resolution) throws Exception {
        long id = atResolution("worker", title);
        ok(typedMeeting(id, "RESIDENTS_REPRESENTATIVES_MEETING", clock.today(), 30, 20, 18, 1, 1), "worker");
        ok(stage(id, 1, "居民代表会议表决通过"), "worker");
        ok(stage(id, 2, resolution), "worker");
        return id;
    }

    public MockHttpServletRequestBuilder task(long topic, String what, String owner, LocalDate due) {
        return post("/topics/{id}/tasks", topic).param("what", what).param("owner", owner).param("dueOn", due.toString());
    }

    public MockHttpServletRequestBuilder mark(long topic, long task, String to, String note) {
        return post("/topics/{id}/tasks/{k}", topic, task).param("status", to).param("note", note).param("task", String.valueOf(task));
    }

    public long taskId(long topic, String what) {
        return jdbc.sql("SELECT id FROM implementation_task WHERE topic_id = :t AND what = :w").param("t", topic).param("w", what)
                .query(Long.class).single();
    }

    /** Resolved, its one task done, the implementation result published: the topic is complete and may be evaluated. */
    public long completed(String title) throws Exception {
        long id = resolved(title, "决议：" + title + "方案，按程序实施。");
        ok(task(id, title + "施工", "恒安物业公司", clock.today().plusDays(10)), "worker");
        ok(mark(id, taskId(id, title + "施工"), "DONE", "按期完成"), "worker");
        ok(stage(id, 3, title + "已完成。"), "worker");
        return id;
    }

    /** The n-th (from 0) representative on the demo committee's roster, by the registry's id. */
    public long representative(int n) {
        return jdbc.sql("""
                        SELECT r.resident_id FROM representative r JOIN division d ON d.id = r.committee_id
                        WHERE d.code = '150104001002' AND r.role = 'REPRESENTATIVE' ORDER BY r.resident_id OFFSET :n LIMIT 1""")
                .param("n", n).query(Long.class).single();
    }

    public String nameOf(long residentId) {
        return jdbc.sql("SELECT name FROM resident WHERE id = :id").param("id", residentId).query(String.class).single();
    }

    /** The registry's resident behind a verified (实名) resident account. */
    public long residentOf(String username) {
        return jdbc.sql("""
                        SELECT ra.resident_id FROM resident_account ra JOIN account a ON a.id = ra.account_id
                        WHERE a.username = :u""").param("u", username).query(Long.class).single();
    }

    public String statusOf(long topic) {
        return jdbc.sql("SELECT status FROM topic WHERE id = :id").param("id", topic).query(String.class).single();
    }

    // ------------------------------------------------------------------ meetings on a roll

    public MockHttpServletRequestBuilder convening(String kind, String basis, LocalDate day, long... topics) {
        MockHttpServletRequestBuilder request = post("/meetings").param("kind", kind).param("basis", basis)
                .param("heldOn", day.toString()).param("place", "党群服务中心会议室").param("chair", "张丽").param("recorder", "李强");
        for (long topic : topics) {
            request.param("topics", String.valueOf(topic));
        }
        return request;
    }

    /** Convenes a meeting (it must be convened); returns its id. */
    public long convene(String worker, MockHttpServletRequestBuilder convening) throws Exception {
        MvcResult r = mvc.perform(convening.with(as(worker)).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as(outcome(r)).isNotNull();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public long convene(String worker, String kind, String basis, LocalDate day, long topic) throws Exception {
        return convene(worker, convening(kind, basis, day, topic));
    }

    public MockHttpServletRequestBuilder signIn(long meeting, long resident) {
        return post("/meetings/{id}/sign-in", meeting).param("resident", String.valueOf(resident));
    }

    public MockHttpServletRequestBuilder ballot(long meeting, long topic, String choice) {
        return post("/meetings/{id}/ballot", meeting).param("topic", String.valueOf(topic)).param("choice", choice);
    }

    /** The hall's count of one agenda item, as the closing form posts it. */
    public static Map<String, String> hall(long topic, int votesFor, int against, int abstaining) {
        return Map.of("hall[" + topic + "].votesFor", String.valueOf(votesFor), "hall[" + topic + "].against", String.valueOf(against),
                "hall[" + topic + "].abstaining", String.valueOf(abstaining));
    }

    /** Closes a meeting with the hall's counts ({@link #hall}); it must close. */
    public void close(long meeting, Map<String, String> hall, String worker) throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/{id}/close", meeting);
        hall.forEach(request::param);
        ok(request, worker);
    }

    public String quorumReason(long meeting) {
        return jdbc.sql("SELECT quorum_reason FROM meeting WHERE id = (SELECT meeting_id FROM assembly WHERE id = :a)")
                .param("a", meeting).query(String.class).single();
    }

    // ------------------------------------------------------------------ a village

    /**
     * A small village with a registry (the test district loads residents only for one street):
     * six households of two adults (a man, the head, and a woman) and a child, a village worker
     * {@code vworker}, and a lawful roster of six villagers' representatives: the heads of the
     * first four households and the women of the last two, a third of them women. Returns each
     * household's two adults, head first.
     */
    public synchronized List<long[]> village() {
        boolean loaded = !representatives.roster(committee(VILLAGE)).isEmpty();
        List<long[]> adults = households(VILLAGE, "vworker");
        if (!loaded) {
            for (int i = 0; i < adults.size(); i++) {
                representatives.enrol(committee(VILLAGE), adults.get(i)[i < 4 ? 0 : 1], "test");
            }
        }
        return adults;
    }

    /**
     * Six households of two adults (a man, the head, and a woman) and a child in a villagers'
     * committee of the demo district, and a worker of it; made once. Returns each household's two
     * adults, head first.
     */
    public synchronized List<long[]> households(String villageCode, String worker) {
        Division village = committee(villageCode);
        boolean loaded = jdbc.sql("SELECT count(*) > 0 FROM resident WHERE division_path LIKE :p || '%'").param("p", village.path())
                .query(Boolean.class).single();
        if (!loaded) {
            Division building = divisions.search("", new DataScope(village.path()), List.of(Level.BUILDING), 1).getFirst();
            List<RegistryLoader.NewDwelling> dwellings = new ArrayList<>();
            // Made-up ID numbers, one region per village so that villages never share one.
            String region = "159" + villageCode.substring(villageCode.length() - 3);
            for (int i = 0; i < 6; i++) {
                char n = "一二三四五六".charAt(i);
                List<RegistryLoader.NewResident> members = List.of(
                        villager(region, "王" + n + "山", LocalDate.of(1970, 1, 1).plusDays(i), 1, Relation.HEAD),
                        villager(region, "李" + n + "花", LocalDate.of(1972, 1, 1).plusDays(i), 2, Relation.SPOUSE),
                        villager(region, "王" + n + "娃", clock.today().minusYears(10).plusDays(i), 3, Relation.CHILD));
                dwellings.add(new RegistryLoader.NewDwelling(building.id(), building.path(), null, null, 9, "90" + i,
                        village.name() + " 9 排 " + i + " 号", DwellingUse.RESIDENTIAL, BigDecimal.valueOf(120), Tenure.OWNED, members));
            }
            loader.load(dwellings);
            account(worker, villageCode, Role.COMMUNITY_WORKER);
        }
        return jdbc.sql("""
                        SELECT min(r.id) FILTER (WHERE r.relation = 'HEAD'), min(r.id) FILTER (WHERE r.relation = 'SPOUSE')
                        FROM resident r WHERE r.division_path LIKE :p || '%' GROUP BY r.household_id ORDER BY r.household_id""")
                .param("p", village.path()).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private static RegistryLoader.NewResident villager(String region, String name, LocalDate born, int sequence, Relation relation) {
        // Odd sequence digits are men, even ones women (GB 11643).
        String first17 = region + born.toString().replace("-", "") + "%03d".formatted(sequence * 2 + (relation == Relation.SPOUSE ? 0 : 1));
        return new RegistryLoader.NewResident(name, new IdNumber(first17 + IdNumber.checkCharacter(first17)), null, "汉族",
                Registration.LOCAL, relation);
    }
}
