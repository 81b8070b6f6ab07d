package org.linli.deliberation;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each committee's roster of representatives (居民代表 / 村民代表): residents of its own registry,
 * kept by its community workers; the roll of every representatives' meeting is drawn from it.
 */
@Service
public class Representatives {

    /** Adult living residents of a committee's area matching a name's beginning or the ID's last four. */
    static final String PEOPLE = """
            SELECT r.id, r.household_id, r.name, r.id_last4, r.birth_date, r.sex, d.address, NULL AS channel, NULL AS signed_by
            FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
            WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :adult
            """;

    private final JdbcClient jdbc;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    Representatives(JdbcClient jdbc, Topics topics, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.topics = topics;
        this.audit = audit;
    }

    /** The roster of the committee the user belongs to (staff above a committee have none of their own). */
    public List<Person> roster(Division committee) {
        return jdbc.sql("""
                        SELECT r.id, r.household_id, r.name, r.id_last4, r.birth_date, r.sex, d.address, NULL AS channel,
                               NULL AS signed_by
                        FROM representative p JOIN resident r ON r.id = p.resident_id JOIN household h ON h.id = r.household_id
                             JOIN dwelling d ON d.id = h.dwelling_id
                        WHERE p.committee_id = :c AND r.status = 'LIVING' ORDER BY r.name, r.id""")
                .param("c", committee.id()).query(Person.class).list();
    }

    /** Residents who could join the roster: adults living in the committee's area. */
    public List<Person> candidates(Division committee, String text) {
        String q = searchText(text);
        if (q.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PEOPLE + "AND (r.name LIKE :q || '%' OR r.id_last4 = :q) ORDER BY r.name, r.id LIMIT 30")
                .param("p", committee.path()).param("adult", LocalDate.now(clock).minusYears(18)).param("q", q)
                .query(Person.class).list();
    }

    @Transactional
    public void add(CurrentUser user, long residentId) {
        enrol(ownCommittee(user), residentId, user.username());
    }

    /** Puts an adult living resident of the committee's area on its roster. */
    @Transactional
    public void enrol(Division committee, long residentId, String by) {
        Person p = jdbc.sql(PEOPLE + "AND r.id = :r").param("p", committee.path())
                .param("adult", LocalDate.now(clock).minusYears(18)).param("r", residentId).query(Person.class).optional()
                .orElseThrow(() -> new TopicRejected("只能从本居（村）委会登记的 18 周岁以上在住居民中选定代表"));
        int added = jdbc.sql("""
                        INSERT INTO representative (committee_id, resident_id, division_path, added_by) VALUES (:c, :r, :p, :by)
                        ON CONFLICT DO NOTHING""")
                .param("c", committee.id()).param("r", residentId).param("p", committee.path()).param("by", by)
                .update();
        if (added == 0) {
            throw new TopicRejected(p.masked() + "（尾号 " + p.idLast4() + "）已在代表名册中");
        }
        audit.record("REPRESENTATIVE", "代表 " + p.name() + "（尾号 " + p.idLast4() + "）", committee.path(), "列入代表名册");
    }

    @Transactional
    public void remove(CurrentUser user, long residentId) {
        Division committee = ownCommittee(user);
        int removed = jdbc.sql("DELETE FROM representative WHERE committee_id = :c AND resident_id = :r")
                .param("c", committee.id()).param("r", residentId).update();
        if (removed == 0) {
            throw new org.linli.shared.NotFoundException("representative " + residentId);
        }
        audit.record("REPRESENTATIVE", "居民 #" + residentId, committee.path(), "移出代表名册");
    }

    /** Only the committee's own workers keep its roster. */
    Division ownCommittee(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("代表名册由居（村）委会工作人员维护");
        }
        return topics.committeeOf(user);
    }

    /** What a worker typed, without LIKE's wildcards. */
    static String searchText(String text) {
        return text == null ? "" : text.strip().replace("%", "").replace("_", "").replace("\\", "");
    }
}
