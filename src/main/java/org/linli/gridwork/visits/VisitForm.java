package org.linli.gridwork.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A visit as recorded: when (not in the future), how, whom the visitor met, the situation in
 * words and ticked states, the needs found, a photo, and for roles that see sensitive tags whether
 * the visit was made because of one (it is then shown only to such roles).
 */
public record VisitForm(
        @NotNull(message = "{gridwork.visit.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
        @NotNull(message = "{gridwork.visit.way.required}") Visit.Way way,
        @NotNull(message = "{gridwork.visit.met.required}") Visit.Met met,
        @NotBlank(message = "{gridwork.visit.situation.required}")
        @Size(max = 1000, message = "{gridwork.visit.situation.too-long}") String situation,
        List<Visit.Condition> states,
        Boolean sensitive,
        @Size(max = 5, message = "{gridwork.visit.needs.too-many}") List<@Valid NeedForm> needs,
        VisitPhoto photo) {

    public VisitForm {
        situation = situation == null ? "" : situation.strip();
        sensitive = Boolean.TRUE.equals(sensitive);
        states = states == null ? List.of() : states.stream().filter(Objects::nonNull).distinct().toList();
        // The binder fills the rows it was sent after constructing, so they stay as posted; see filledNeeds().
        needs = needs == null ? List.of() : needs;
    }

    /** The needs written: rows of the form left blank are none. */
    public List<NeedForm> filledNeeds() {
        return needs.stream().filter(n -> n != null && !n.text().isEmpty()).toList();
    }

    /** A need as typed: its kind, what it is, and what becomes of it (with the case's category for a case). */
    public record NeedForm(Need.Kind kind, @Size(max = 500, message = "{gridwork.visit.need.too-long}") String text,
                           Need.Handling handling, String category) {

        public NeedForm {
            text = text == null ? "" : text.strip();
            handling = handling == null ? Need.Handling.NOTED : handling;
            kind = kind == null ? Need.Kind.OTHER : kind;
            category = category == null ? "" : category.strip();
        }
    }
}
