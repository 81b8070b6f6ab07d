package org.linli.deliberation.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the deliberation module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.deliberation")
class DeliberationRefusals extends RefusalAdvice {

    DeliberationRefusals(ApplicationContext context) {
        super(context);
    }
}
