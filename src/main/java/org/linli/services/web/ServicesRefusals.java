package org.linli.services.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the services module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.services")
class ServicesRefusals extends RefusalAdvice {

    ServicesRefusals(ApplicationContext context) {
        super(context);
    }
}
