package org.linli.deliberation;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * An implementation task of a passed resolution: what is to be done, who answers for it (a name,
 * or an account of the committee whose holder's name is taken when none is typed), by when.
 */
public record NewTask(@Size(min = 2, max = 200, message = "{deliberation.task.what.size}") String what,
                      @Size(max = 50, message = "{deliberation.task.owner.size}") String owner,
                      Long ownerAccountId,
                      LocalDate dueOn) {

    public NewTask {
        what = what == null ? "" : what.strip();
        owner = owner == null ? "" : owner.strip();
    }
}
