package org.linli.workforce.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the workforce module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.workforce")
class WorkforceRefusals extends RefusalAdvice {

    WorkforceRefusals(ApplicationContext context) {
        super(context);
    }
}
