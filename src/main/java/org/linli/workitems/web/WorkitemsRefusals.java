package org.linli.workitems.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the work-items module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.workitems")
class WorkitemsRefusals extends RefusalAdvice {

    WorkitemsRefusals(ApplicationContext context) {
        super(context);
    }
}
