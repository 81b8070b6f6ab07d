package org.linli.testing;

import java.time.OffsetDateTime;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.emergency.mobilisation.Declarations;
import org.linli.emergency.network.MemberForm;
import org.linli.emergency.network.MemberRole;
import org.linli.emergency.network.Network;
import org.linli.registry.ResidentTags;
import org.linli.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of emergencies in the demo district: members of the demo committee's network, a resident
 * who needs help to leave, and ending what a test declared so that no emergency outlives it.
 */
public final class EmergencyFixtures {

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final Accounts accounts;
    private final Network network;
    private final ResidentTags tags;
    private final Declarations declarations;
    private final TestClock clock;

    public EmergencyFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.divisions = context.getBean(Divisions.class);
        this.accounts = context.getBean(Accounts.class);
        this.network = context.getBean(Network.class);
        this.tags = context.getBean(ResidentTags.class);
        this.declarations = context.getBean(Declarations.class);
        this.clock = context.getBean(TestClock.class);
    }

    public Division committee() {
        return divisions.findByCode(DemoDivisions.COMMITTEE).orElseThrow();
    }

    /** Makes the account a member of the demo committee's network (once). */
    public void member(String username, MemberRole role) {
        Division committee = committee();
        Account account = accounts.findByUsername(username).orElseThrow();
        if (!network.isMember(committee.path(), account.id())) {
            network.add(committee, new MemberForm(account.displayName(), role, "逐户通知、协助转移", "", username),
                    RegistryFixtures.worker(committee));
        }
    }

    /** A living resident of {@code path}, aged 26 to 51, with a phone and no tag yet. */
    public long untaggedWithPhone(String path) {
        return jdbc.sql("""
                        SELECT r.id FROM resident r
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.phone_cipher IS NOT NULL
                          AND r.birth_date > date '1975-01-01' AND r.birth_date < date '2000-01-01'
                          AND NOT EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id)
                        ORDER BY random() LIMIT 1""")
                .param("p", path).query(Long.class).single();
    }

    /** Gives the resident a tag from today, as the committee's worker does. */
    public void tag(long residentId, String code) {
        RegistryFixtures.signIn("worker");
        tags.add(residentId, new ResidentTags.Assignment(code, clock.today(), code.equals("DISABLED") ? "肢体三级" : null), RegistryFixtures.worker(committee()));
    }

    /** Ends the resident's current tag of {@code code} today. */
    public void untag(long residentId, String code) {
        RegistryFixtures.signIn("worker");
        long tagId = jdbc.sql("SELECT id FROM resident_tag WHERE resident_id = :r AND tag_code = :c AND until IS NULL")
                .param("r", residentId).param("c", code).query(Long.class).single();
        tags.end(residentId, tagId, RegistryFixtures.worker(committee()));
    }

    /** Ends every emergency of the demo committee not over at the clock's now (a test's leftovers). */
    public void endAll() {
        Division committee = committee();
        TestUser worker = RegistryFixtures.worker(committee);
        RegistryFixtures.signIn("worker");
        jdbc.sql("SELECT id FROM emergency_declaration WHERE committee_path = :c AND ended_at IS NULL AND ends_at > :now")
                .param("c", committee.path()).param("now", OffsetDateTime.now(clock)).query(Long.class).list()
                .forEach(id -> declarations.end(committee, id, worker));
    }

    /** A grid worker's account in another grid of the demo committee, made if the demo has none. */
    public String otherGridWorker() {
        Division grid = divisions.findByCode(DemoDivisions.COMMITTEE + "002").orElseThrow();
        String username = "em-grid-2";
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.createSystemAccount(username, "赵网格", Role.GRID_WORKER, grid, "linli2026");
        }
        return username;
    }

    /** A community worker of another committee of the same street. */
    public String otherCommitteeWorker() {
        String username = "em-worker-4";
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.createSystemAccount(username, "钱社工", Role.COMMUNITY_WORKER,
                    divisions.findByCode(DemoDivisions.OTHER_COMMITTEE).orElseThrow(), "linli2026");
        }
        return username;
    }

    /** A street officer of the other street. */
    public String otherStreetStaff() {
        String username = "em-street-2";
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.createSystemAccount(username, "孙街道", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow(),
                    "linli2026");
        }
        return username;
    }
}
