package org.linli.workitems;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.linli.shared.CurrentUser;
import org.linli.workitems.admission.Monitoring;
import org.linli.workitems.admission.Reviewing;
import org.linli.workitems.admission.UnadmittedReportForm;
import org.linli.workitems.admission.WorkItemLists;
import org.linli.workitems.burden.BurdenLoading;
import org.linli.workitems.lists.WorkListsInForce;
import org.springframework.stereotype.Service;

/**
 * Set-up for the demo district through the module's own use cases: the burden inventory in bulk,
 * a decision on an application, a committee's report of unadmitted work; and whether each is done,
 * so loading again changes nothing.
 */
@Service
public class WorkItemsLoader {

    private final BurdenLoading burden;
    private final Reviewing reviewing;
    private final Monitoring monitoring;
    private final WorkItemLists lists;
    private final WorkListsInForce listsInForce;

    WorkItemsLoader(BurdenLoading burden, Reviewing reviewing, Monitoring monitoring, WorkItemLists lists,
                    WorkListsInForce listsInForce) {
        this.listsInForce = listsInForce;
        this.burden = burden;
        this.reviewing = reviewing;
        this.monitoring = monitoring;
        this.lists = lists;
    }

    public boolean burdenLoaded(String regionPath) {
        return burden.anyWithin(regionPath);
    }

    public void loadBurden(List<BurdenRecord> records, String by) {
        burden.load(records, by);
    }

    /** The work item filed with this reference, if any. */
    public Optional<Long> bySourceRef(String sourceRef) {
        return lists.bySourceRef(sourceRef);
    }

    /** Whether the district's negative list in force names the text (so an application of it would be refused at once). */
    public boolean onNegativeList(String districtPath, String text, LocalDate day) {
        return listsInForce.matchNegative(districtPath, text, day).isPresent();
    }

    public void approve(long workItemId, CurrentUser reviewer) {
        reviewing.approve(workItemId, reviewer);
    }

    public long reportUnadmitted(CurrentUser worker, long departmentId, String what, LocalDate pushedOn, String evidence) {
        return monitoring.report(new UnadmittedReportForm(departmentId, what, pushedOn, evidence), worker);
    }

    /** Whether the committee of {@code worker} has reported anything yet. */
    public boolean anyReported(CurrentUser worker) {
        return monitoring.within(worker, null, 0, 1).total() > 0;
    }
}
