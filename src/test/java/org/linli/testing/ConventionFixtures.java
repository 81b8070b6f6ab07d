package org.linli.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conventions and points in the demo district: the demo resident's bound household, accounts of
 * another committee, rules and entries made through the pages, and events published as their
 * modules would (inside a transaction, then let settle).
 */
public final class ConventionFixtures {

    public static final String COMMITTEE = DemoDivisions.COMMITTEE;
    public static final String OTHER_COMMITTEE = DemoDivisions.OTHER_COMMITTEE;

    private final DeliberationFixtures deliberation;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Bindings bindings;
    private final Divisions divisions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final EventPublicationRegistry registry;

    public ConventionFixtures(ApplicationContext context) {
        this.deliberation = new DeliberationFixtures(context);
        this.jdbc = context.getBean(JdbcClient.class);
        this.accounts = context.getBean(Accounts.class);
        this.bindings = context.getBean(Bindings.class);
        this.divisions = context.getBean(Divisions.class);
        this.events = context;
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.registry = context.getBean(EventPublicationRegistry.class);
    }

    public DeliberationFixtures deliberation() {
        return deliberation;
    }

    /** A community worker of the other committee of the demo street (made once). */
    public String otherWorker() {
        return deliberation.account("conv-worker-004", OTHER_COMMITTEE, Role.COMMUNITY_WORKER);
    }

    /** The demo resident's bound record: resident id and household id. */
    public Bindings.Bound resident() {
        return bindings.of(accounts.findByUsername("resident").orElseThrow().id()).orElseThrow();
    }

    public long accountId(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    public String committeePath(String code) {
        return divisions.findByCode(code).orElseThrow().path();
    }

    /** A living adult of the committee who heads another household than the demo resident's, n-th in id order. */
    public long otherResident(String code, int n) {
        long own = code.equals(COMMITTEE) ? resident().householdId() : -1;
        return jdbc.sql("""
                        SELECT r.id FROM resident r WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%'
                          AND r.status = 'LIVING' AND r.relation = 'HEAD' AND r.household_id <> :own ORDER BY r.id OFFSET :n LIMIT 1""")
                .param("c", code).param("own", own).param("n", n).query(Long.class).single();
    }

    public long householdOf(long residentId) {
        return jdbc.sql("SELECT household_id FROM resident WHERE id = :r").param("r", residentId).query(Long.class).single();
    }

    /** Adds a rule through the page as the worker and returns its id. */
    public long rule(String worker, String name, int points, String per, String appliesTo, LocalDate from) throws Exception {
        deliberation.ok(post("/points/rules").param("name", name).param("points", String.valueOf(points)).param("per", per)
                .param("appliesTo", appliesTo).param("activeFrom", from.toString()), worker);
        return jdbc.sql("SELECT max(id) FROM points_rule WHERE name = :n").param("n", name).query(Long.class).single();
    }

    /** Records an award or deduction through the page and returns the entry's id. */
    public long award(String worker, long residentId, long ruleId, String quantity, LocalDate day, String reason) throws Exception {
        deliberation.ok(award(residentId, ruleId, quantity, day, reason), worker);
        return jdbc.sql("SELECT max(id) FROM points_entry WHERE rule_id = :r").param("r", ruleId).query(Long.class).single();
    }

    public MockHttpServletRequestBuilder award(long residentId, long ruleId, String quantity, LocalDate day, String reason) {
        return post("/points/entries").param("residentId", String.valueOf(residentId)).param("ruleId", String.valueOf(ruleId))
                .param("quantity", quantity).param("day", day.toString()).param("reason", reason);
    }

    public String send(MockHttpServletRequestBuilder request, String who) throws Exception {
        return deliberation.send(request, who);
    }

    public static String outcome(MvcResult result) {
        return DeliberationFixtures.outcome(result);
    }

    /** Publishes an event as its module would, in a transaction, and waits until every listener has run. */
    public void publish(Object event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        Events.settle(registry);
    }

    public void settle() {
        Events.settle(registry);
    }

    /** The in-app notices addressed to the account, newest first. */
    public List<String> noticesTo(String username) {
        return jdbc.sql("SELECT text FROM notification WHERE account_id = :a ORDER BY id DESC")
                .param("a", accountId(username)).query(String.class).list();
    }

    public long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    public void assertOk(String outcome) {
        assertThat(outcome).startsWith("saved:");
    }
}
