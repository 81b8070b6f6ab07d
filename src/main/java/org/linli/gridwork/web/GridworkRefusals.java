package org.linli.gridwork.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the grid work module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.gridwork")
class GridworkRefusals extends RefusalAdvice {

    GridworkRefusals(ApplicationContext context) {
        super(context);
    }
}
