package org.linli.workitems.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.workitems.Admission;
import org.linli.workitems.Admissions;
import org.linli.workitems.WorkItemApplication;
import org.springframework.stereotype.Service;

/**
 * A department applies to place work on committees (the face other modules use too). Work the
 * district's negative list names is refused at once, citing the entry, and still recorded as refused.
 */
@Service
public class Applying implements Admissions {

    private final Departments departments;
    private final Targets targets;
    private final NegativeList negativeList;
    private final Filing filing;
    private final WorkItemStore store;
    private final Clock clock;

    Applying(Departments departments, Targets targets, NegativeList negativeList, Filing filing, WorkItemStore store,
             Clock clock) {
        this.departments = departments;
        this.targets = targets;
        this.negativeList = negativeList;
        this.filing = filing;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public long apply(WorkItemApplication application, CurrentUser applicant) {
        Department department = departments.of(applicant).orElseThrow(() -> Refusal.of("workitems.not-department"));
        if (application.endsOn() != null && application.endsOn().isBefore(application.startsOn())) {
            throw Refusal.ofField("endsOn", "workitems.ends.before-start");
        }
        String district = targets.districtOf(department);
        targets.check(application.targetPaths(), district);
        LocalDate today = LocalDate.now(clock);
        Optional<NegativeList.NegativeEntry> hit = negativeList.match(district,
                application.title() + "\n" + application.content(), today);
        if (hit.isPresent()) {
            filing.refusedAtOnce(department, district, application, applicant.username(), hit.get());
            throw Refusal.ofField("title", "workitems.negative-list", hit.get().number(), hit.get().title());
        }
        return filing.pending(department, district, application, applicant.username());
    }

    @Override
    public Optional<Admission> find(long workItemId) {
        return store.find(workItemId).map(WorkItemView::admission);
    }
}
