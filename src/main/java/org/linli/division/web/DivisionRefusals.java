package org.linli.division.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the division module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.division")
class DivisionRefusals extends RefusalAdvice {

    DivisionRefusals(ApplicationContext context) {
        super(context);
    }
}
