package org.linli.benefits.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the benefits module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.benefits")
class BenefitsRefusals extends RefusalAdvice {

    BenefitsRefusals(ApplicationContext context) {
        super(context);
    }
}
