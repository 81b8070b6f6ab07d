package org.linli.conventions.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the conventions module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.conventions")
class ConventionsRefusals extends RefusalAdvice {

    ConventionsRefusals(ApplicationContext context) {
        super(context);
    }
}
