package org.linli.emergency.preparedness;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's emergency plan (应急预案): chosen from the template of its kind of community, filled
 * section by section, and kept in versions — each save is a new version, the old ones stay readable.
 */
@Service
public class Plans {

    static final int MAX_SECTION = 4000;

    private final PlanStore store;
    private final AuditLog audit;
    private final Clock clock;

    Plans(PlanStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest version, or the one asked for. */
    public Optional<Plan> plan(Division committee, Integer version) {
        return store.find(committee.path(), version);
    }

    public List<Plan.Version> versions(Division committee) {
        return store.versions(committee.path());
    }

    @Transactional
    public int save(Division committee, PlanForm form, CurrentUser user) {
        List<CommunityType.Section> template = form.type().template();
        List<Plan.PlanSection> sections = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            String body = i < form.body().size() ? form.body().get(i) : "";
            if (body.isEmpty()) {
                throw Refusal.ofField("body", "emergency.plan.section.required", template.get(i).title());
            }
            if (body.length() > MAX_SECTION) {
                throw Refusal.ofField("body", "emergency.plan.section.too-long", template.get(i).title(), MAX_SECTION);
            }
            sections.add(new Plan.PlanSection(template.get(i).title(), body));
        }
        int version = store.save(committee.path(), form.type(), sections, user.username(), OffsetDateTime.now(clock));
        audit.record("EMERGENCY_PLAN", committee.name() + "应急预案 第 " + version + " 版", committee.path(),
                "保存应急预案（" + form.type().label() + "模板）");
        return version;
    }
}
