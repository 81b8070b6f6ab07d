package org.linli.workitems;

import java.util.Optional;

import org.linli.shared.CurrentUser;

/**
 * The admission of work that departments place on committees (准入): other modules whose work must
 * be admitted (a report template is such work) apply through it and read the decision back.
 */
public interface Admissions {

    /**
     * Files a department's application for review. Refuses at once, citing the entry, when the work
     * matches the district's negative list on the day; refuses when the applicant is no department's staff.
     *
     * @return the work item's id
     */
    long apply(WorkItemApplication application, CurrentUser applicant);

    /** The work item with its decision, whoever asks (callers check their own scope). */
    Optional<Admission> find(long workItemId);
}
