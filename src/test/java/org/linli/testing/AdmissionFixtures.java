package org.linli.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.linli.shared.CurrentUser;
import org.linli.workitems.WorkItemApplication;
import org.linli.workitems.WorkItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Shared builders of the admission's and the burden inventory's test data in the demo district
 * (Yuquan 150104; {@code dept} of 城管, {@code dept2} of 住建; {@code worker} of 五塔北街社区).
 */
public final class AdmissionFixtures {

    public static final String DISTRICT_PATH = "/15/1501/150104/";
    public static final String STREET_PATH = "/15/1501/150104/150104001/";
    public static final String COMMITTEE_PATH = "/15/1501/150104/150104001/150104001002/";
    public static final String OTHER_COMMITTEE_PATH = "/15/1501/150104/150104001/150104001004/";
    public static final String OTHER_STREET_COMMITTEE_PATH = "/15/1501/150104/150104002/150104002002/";

    private final JdbcClient jdbc;
    private final UserDetailsService users;

    public AdmissionFixtures(JdbcClient jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A demo account as the use cases see it once signed in. */
    public CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /**
     * A staff account of another street or committee, for crossing scopes;
     * the same username gives the same account.
     */
    public void account(String username, org.linli.shared.Role role, org.linli.division.Division division) {
        TestUser.withAccount(jdbc, username, username, role, division);
    }

    /** Rows of a committee's burden, straight into the table (for counts and rankings). */
    public void burden(String committeePath, String kind, int count, boolean admitted) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            INSERT INTO burden_item (committee_path, kind, name, department_name, admitted, recorded_by, recorded_at)
                            VALUES (:path, :kind, :name, '测试部门', :admitted, 'test', TIMESTAMPTZ '2026-01-01 00:00+08')""")
                    .param("path", committeePath).param("kind", kind).param("name", kind + "-" + i).param("admitted", admitted).update();
        }
    }

    /** An application of the given title on the given committees, from today for a year, with funding. */
    public static WorkItemApplication application(String title, LocalDate today, String... targets) {
        return new WorkItemApplication(WorkItemKind.TASK, title, title + "：由社区居委会协助开展入户登记和宣传。",
                "《中华人民共和国城乡居民委员会组织法》第三条", List.of(targets), today, today.plusYears(1),
                new BigDecimal("12000.00"), "专项经费", null);
    }

    /**
     * The number of the entry of the district's negative list in force (the demo district's, from
     * the seeds) with this title; the lists' own tests own that list, so this one only reads it.
     */
    public int negativeEntry(String districtPath, String title) {
        return jdbc.sql("""
                        SELECT e.number FROM work_list_entry e
                        WHERE e.title = :title AND e.list_id = (
                            SELECT id FROM work_list WHERE region_path = :region AND kind = 'NEGATIVE' AND effective_from IS NOT NULL
                            ORDER BY effective_from DESC, version DESC LIMIT 1)""")
                .param("region", districtPath).param("title", title).query(Integer.class).single();
    }
}
