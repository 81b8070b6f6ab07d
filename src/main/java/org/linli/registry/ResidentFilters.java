package org.linli.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.linli.registry.internal.ResidentFilter;
import org.linli.registry.internal.ResidentStore.Criteria;
import org.linli.registry.internal.TagStore;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * A {@link ResidentFilter} as fixed SQL conditions on resident {@code r}; only values are bound.
 * A tag the role may not see is refused as an unknown one, so no list tells who holds it.
 */
@Component
class ResidentFilters {

    private final TagStore tags;
    private final Clock clock;

    ResidentFilters(TagStore tags, Clock clock) {
        this.tags = tags;
        this.clock = clock;
    }

    /** The filter's fixed conditions on resident {@code r}, ages counted from the birth date on {@code :today}. */
    Criteria narrowed(CurrentUser user, ResidentFilter filter) {
        StringBuilder condition = new StringBuilder();
        Map<String, Object> values = new HashMap<>();
        if (filter.tag() != null) {
            boolean visible = tags.assignable().stream().anyMatch(t -> t.code().equals(filter.tag())
                    && (!t.sensitive() || user.role().maySeeSensitiveTags()));
            if (!visible) {
                throw Refusal.ofField("tag", "registry.filter.tag.unknown");
            }
            condition.append(" AND EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code = :tag")
                    .append(" AND t.since <= :today AND (t.until IS NULL OR t.until > :today))");
            values.put("tag", filter.tag());
        }
        if (outOfRange(filter.ageFrom()) || outOfRange(filter.ageTo())) {
            throw Refusal.ofField(filter.ageFrom() != null && outOfRange(filter.ageFrom()) ? "ageFrom" : "ageTo",
                    "registry.filter.age.range", ResidentFilter.MAX_AGE);
        }
        if (filter.ageFrom() != null && filter.ageTo() != null && filter.ageFrom() > filter.ageTo()) {
            throw Refusal.ofField("ageTo", "registry.filter.age.order");
        }
        if (filter.ageFrom() != null) {
            condition.append(" AND r.birth_date <= CAST(:today AS date) - make_interval(years => :ageFrom)");
            values.put("ageFrom", filter.ageFrom());
        }
        if (filter.ageTo() != null) {
            condition.append(" AND r.birth_date > CAST(:today AS date) - make_interval(years => :ageTo + 1)");
            values.put("ageTo", filter.ageTo());
        }
        if (filter.status() != null) {
            condition.append(" AND r.status = :status");
            values.put("status", filter.status().name());
        }
        if (!values.isEmpty()) {
            values.put("today", LocalDate.now(clock));
        }
        return new Criteria(condition.toString(), values);
    }

    private static boolean outOfRange(Integer age) {
        return age != null && (age < 0 || age > ResidentFilter.MAX_AGE);
    }

}
