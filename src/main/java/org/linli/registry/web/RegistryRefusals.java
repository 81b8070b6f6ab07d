package org.linli.registry.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the registry's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.registry")
class RegistryRefusals extends RefusalAdvice {

    RegistryRefusals(ApplicationContext context) {
        super(context);
    }
}
