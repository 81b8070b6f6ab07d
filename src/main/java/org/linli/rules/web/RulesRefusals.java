package org.linli.rules.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the rule book's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.rules")
class RulesRefusals extends RefusalAdvice {

    RulesRefusals(ApplicationContext context) {
        super(context);
    }
}
