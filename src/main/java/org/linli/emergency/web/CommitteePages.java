package org.linli.emergency.web;

import org.linli.division.Division;
import org.linli.emergency.internal.EmergencyCommittees;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the committee's preparation pages (plan, drills, reserves, network) share: only those who
 * keep them (not grid workers, 404), the committee picked, and the picker.
 */
@Component
class CommitteePages {

    private final EmergencyCommittees committees;

    CommitteePages(EmergencyCommittees committees) {
        this.committees = committees;
    }

    /** The committee shown, null when street or district staff have not picked one (the picker is shown). */
    Division shown(CurrentUser user, Long committee, Model model) {
        keeper(user);
        Division c = committees.of(user, committee);
        model.addAttribute("committees", committees.pickable(user));
        model.addAttribute("committee", c);
        model.addAttribute("keeps", true);
        return c;
    }

    /** The committee a form is posted for: 404 when none or outside the scope. */
    Division posted(CurrentUser user, Long committee) {
        keeper(user);
        return committees.required(user, committee);
    }

    static long pages(long count, int size) {
        return Math.max(1, (count + size - 1) / size);
    }

    private static void keeper(CurrentUser user) {
        if (!EmergencyCommittees.keeps(user)) {
            throw new NotFoundException("emergency preparations");
        }
    }
}
