package org.linli.workitems.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.testing.ModuleTest;
import org.linli.testing.WorkListFixtures;
import org.linli.testing.WorkListFixtures.Entry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The lists as other parts of the module read them: the version in force on a day (the effective
 * day itself included, a draft never), the nearest region's list for a place inside it, and the
 * negative list's entry a text names, the longest matching word winning.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class WorkListsInForceTest {

    private static final String DISTRICT = "/91/9101/910101/";
    private static final String COMMITTEE = DISTRICT + "910101001/910101001001/";
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    @Autowired
    WorkListsInForce lists;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVersionInForceIsTheLatestPublishedWhoseDayHasCome() {
        String district = "/91/9101/910102/";
        WorkListFixtures.list(jdbc, district, "DUTY", JAN, Entry.of("居民自治", null));
        WorkListFixtures.list(jdbc, district, "DUTY", JUL, Entry.of("居民自治", null), Entry.of("调解民间纠纷", null));
        WorkListFixtures.list(jdbc, district, "DUTY", null, Entry.of("草稿事项", null));

        assertThat(lists.inForce(district, ListKind.DUTY, JAN.minusDays(1))).isEmpty();
        assertThat(lists.inForce(district, ListKind.DUTY, JAN)).extracting(ListEntry::title).containsExactly("居民自治");
        assertThat(lists.inForce(district, ListKind.DUTY, JUL.minusDays(1))).extracting(ListEntry::version).containsOnly(1);
        assertThat(lists.inForce(district, ListKind.DUTY, JUL)).extracting(ListEntry::title)
                .containsExactly("居民自治", "调解民间纠纷");
        assertThat(lists.inForce(district + "910102001/", ListKind.DUTY, JUL)).hasSize(2);
        assertThat(lists.inForce(district, ListKind.NEGATIVE, JUL)).isEmpty();
        assertThat(lists.inForce("/91/9101/910103/", ListKind.DUTY, JUL)).isEmpty();
    }

    @Test
    void theNegativeListMatchesByTitleOrKeywordAndTheLongestWordWins() {
        WorkListFixtures.list(jdbc, DISTRICT, "NEGATIVE", JAN,
                Entry.of("行政执法", "执法、罚款、查处"),
                Entry.of("房屋征收", "征收、拆迁"),
                Entry.of("拆临拆违", "拆除违法建筑、违建"),
                Entry.of("安全生产监管", "安全生产、安全生产检查"));

        assertThat(lists.matchNegative(COMMITTEE, "请社区协助开展违建巡查", JAN)).map(ListEntry::title).contains("拆临拆违");
        assertThat(lists.matchNegative(COMMITTEE, "由社区对沿街商户 罚款", JAN)).map(ListEntry::title).contains("行政执法");
        assertThat(lists.matchNegative(COMMITTEE, "社区负责辖区企业安全生产检查，发现问题移交执法部门", JAN))
                .map(ListEntry::title).contains("安全生产监管");
        assertThat(lists.matchNegative(COMMITTEE, "组织居民开展文体活动", JAN)).isEmpty();
        assertThat(lists.matchNegative(COMMITTEE, "房屋征收入户调查", JAN.minusDays(1))).isEmpty();
        assertThat(lists.matchNegative(COMMITTEE, "", JAN)).isEmpty();
    }
}
