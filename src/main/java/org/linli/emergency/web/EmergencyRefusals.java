package org.linli.emergency.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the emergency module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.emergency")
class EmergencyRefusals extends RefusalAdvice {

    EmergencyRefusals(ApplicationContext context) {
        super(context);
    }
}
