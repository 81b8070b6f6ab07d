package org.linli.testing;

import java.time.LocalDate;

import org.linli.deliberation.ResolutionPassed;
import org.linli.disclosure.Item;
import org.linli.disclosure.Kind;
import org.linli.disclosure.PostingForm;
import org.linli.division.Division;
import org.linli.shared.Role;

/** Builders for the disclosure module's tests: a committee's worker, a resolution passed, a posting. */
public final class DisclosureFixtures {

    private DisclosureFixtures() {
    }

    public static TestUser worker(Division committee) {
        return TestUser.of(101, "worker", "张丽", Role.COMMUNITY_WORKER, committee);
    }

    /** What deliberation publishes when a committee's meeting passes a resolution on a topic. */
    public static ResolutionPassed resolution(long topicId, Division committee, String title, LocalDate decidedOn) {
        return new ResolutionPassed(topicId, committee.id(), committee.path(), title, decidedOn);
    }

    /** A posting of the item for a period, referring to a resolution's topic or to none. */
    public static PostingForm posting(Item item, String period, String title, Long topicId) {
        return new PostingForm(item.id(), period, title, title + "：具体内容见附件，欢迎居民监督。", topicId, java.util.List.of());
    }

    public static Item item(java.util.List<Item> catalogue, Kind kind) {
        return catalogue.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }
}
