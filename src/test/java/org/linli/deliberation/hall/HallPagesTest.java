package org.linli.deliberation.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.DeliberationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The residents' hall is paged in SQL: a page holds at most {@link Hall#PAGE} topics, the next page the rest. */
@LinliTest
class HallPagesTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theHallShowsAPageOfTopicsAndTheNextPageTheOlderOnes() throws Exception {
        DeliberationFixtures fixtures = new DeliberationFixtures(context);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < Hall.PAGE + 2; i++) {
            ids.add(fixtures.admitted("worker", "议事厅分页议题 " + (100 + i)));
        }
        String first = fixtures.page("resident", "/topics");
        String second = fixtures.page("resident", "/topics?page=1");
        // The newest are on the first page, the two oldest of these on the second.
        assertThat(first).contains("议事厅分页议题 " + (100 + Hall.PAGE + 1)).doesNotContain("议事厅分页议题 100<")
                .contains("第 1 / ");
        assertThat(cards(first)).isLessThanOrEqualTo(Hall.PAGE);
        assertThat(second).contains("议事厅分页议题 100<").contains("议事厅分页议题 101<");
    }

    private static int cards(String page) {
        return page.split("data-testid=\"(open|decided)-card\"", -1).length - 1;
    }
}
