package org.linli.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page reads "now" and "today" from the one clock, so that what a template marks overdue or
 * how old it says a resident is agrees with the rules the services applied.
 */
@ControllerAdvice(annotations = Controller.class)
class ClockModelAdvice {

    private final Clock clock;

    ClockModelAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("now")
    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
