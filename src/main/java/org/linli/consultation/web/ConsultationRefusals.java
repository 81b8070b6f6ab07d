package org.linli.consultation.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Shows the consultation module's refused forms again with their errors and what was typed. */
@ControllerAdvice(basePackages = "org.linli.consultation")
class ConsultationRefusals extends RefusalAdvice {

    ConsultationRefusals(ApplicationContext context) {
        super(context);
    }
}
