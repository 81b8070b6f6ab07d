package org.linli.workitems.burden;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One plaque, ledger, appraisal, inspection or letter a committee carries: who imposed it and
 * whether the district admitted it (through an admitted work item, when there is one).
 *
 * @param admitted   ticked as admitted (null when the box was left empty)
 * @param workItemId the admitted work item it rests on, or null
 */
public record BurdenEntry(
        @NotNull(message = "{workitems.burden.kind.required}") BurdenKind kind,
        @NotBlank(message = "{workitems.burden.name.required}") @Size(max = 200, message = "{workitems.burden.name.size}") String name,
        @NotBlank(message = "{workitems.burden.department.required}") @Size(max = 100, message = "{workitems.burden.department.size}") String departmentName,
        Boolean admitted,
        Long workItemId) {

    /** Admitted when ticked, or when it rests on an admitted work item. */
    public boolean isAdmitted() {
        return Boolean.TRUE.equals(admitted) || workItemId != null;
    }

    public static BurdenEntry empty() {
        return new BurdenEntry(BurdenKind.PLAQUE, "", "", false, null);
    }
}
