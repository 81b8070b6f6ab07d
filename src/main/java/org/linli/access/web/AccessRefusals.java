package org.linli.access.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the access module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.access")
class AccessRefusals extends RefusalAdvice {

    AccessRefusals(ApplicationContext context) {
        super(context);
    }
}
