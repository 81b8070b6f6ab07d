package org.linli.linkage.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the linkage module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.linkage")
class LinkageRefusals extends RefusalAdvice {

    LinkageRefusals(ApplicationContext context) {
        super(context);
    }
}
