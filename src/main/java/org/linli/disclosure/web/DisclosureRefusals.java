package org.linli.disclosure.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the disclosure module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.disclosure")
class DisclosureRefusals extends RefusalAdvice {

    DisclosureRefusals(ApplicationContext context) {
        super(context);
    }
}
