package org.linli.volunteers.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the volunteers module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.volunteers")
class VolunteersRefusals extends RefusalAdvice {

    VolunteersRefusals(ApplicationContext context) {
        super(context);
    }
}
