package org.linli.volunteers.internal;

import java.util.List;
import java.util.Locale;

import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;

/** The staff's list of volunteers in their reach, filtered and paged in SQL. */
@Service
public class VolunteerRoster {

    /** What the list is filtered by (blank: any). */
    public record Filter(String skill, String name, String status) {

        public Filter {
            String asked = skill == null ? "" : skill.strip().toUpperCase(Locale.ROOT);
            skill = Skill.all().stream().anyMatch(s -> s.name().equals(asked)) ? asked : "";
            name = name == null ? "" : name.strip();
            status = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
            if (!List.of("ACTIVE", "PAUSED", "LEFT").contains(status)) {
                status = "";
            }
            if (name.length() > 50) {
                name = name.substring(0, 50);
            }
        }
    }

    public record Page(List<Volunteer> volunteers, long total) {
    }

    private final VolunteerStore store;
    private final Reach reach;

    VolunteerRoster(VolunteerStore store, Reach reach) {
        this.store = store;
        this.reach = reach;
    }

    public Page list(CurrentUser user, Filter filter, int page, int size) {
        VolunteerStore.Filter f = new VolunteerStore.Filter(reach.staff(user).prefix(), filter.skill(), filter.name(), filter.status());
        return new Page(store.list(f, Math.max(0, page) * size, size), store.count(f));
    }
}
