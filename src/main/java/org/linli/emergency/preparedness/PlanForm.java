package org.linli.emergency.preparedness;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** A plan as the committee fills it: its kind of community and the text of each of the template's sections, in order. */
public record PlanForm(@NotNull(message = "{emergency.plan.type.required}") CommunityType type, List<String> body) {

    public PlanForm {
        body = body == null ? List.of() : body.stream().map(b -> b == null ? "" : b.strip()).toList();
    }
}
