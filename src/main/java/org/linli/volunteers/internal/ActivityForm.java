package org.linli.volunteers.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity as the organiser types it: what, on which day from when to when, where, the skills it needs and its places. */
public record ActivityForm(@NotBlank(message = "{volunteers.activity.title.required}")
                           @Size(max = 100, message = "{volunteers.activity.title.long}") String title,
                           @NotNull(message = "{volunteers.activity.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                           @NotNull(message = "{volunteers.activity.start.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
                           @NotNull(message = "{volunteers.activity.end.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
                           @NotBlank(message = "{volunteers.activity.place.required}")
                           @Size(max = 100, message = "{volunteers.activity.place.long}") String place,
                           @Size(max = 1000, message = "{volunteers.activity.description.long}") String description,
                           List<Skill> skills,
                           @NotNull(message = "{volunteers.activity.places.required}")
                           @Min(value = 1, message = "{volunteers.activity.places.range}")
                           @Max(value = 1000, message = "{volunteers.activity.places.range}") Integer places) {

    public ActivityForm {
        title = title == null ? null : title.strip();
        place = place == null ? null : place.strip();
        description = description == null ? "" : description.strip();
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public static ActivityForm of(Activity a, java.time.ZoneId zone) {
        return new ActivityForm(a.title(), a.day(zone), a.startsAt().atZoneSameInstant(zone).toLocalTime(),
                a.endsAt().atZoneSameInstant(zone).toLocalTime(), a.place(), a.description(), a.skills(), a.places());
    }
}
