package org.linli.reports.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the reports module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.reports")
class ReportsRefusals extends RefusalAdvice {

    ReportsRefusals(ApplicationContext context) {
        super(context);
    }
}
