package org.linli.casework.web;

import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Shows the case loop's refused forms again with their errors and what was typed. Open311 answers
 * in its own format instead ({@code open311.Open311Errors}).
 */
@ControllerAdvice(basePackageClasses = CaseworkRefusals.class)
class CaseworkRefusals extends RefusalAdvice {

    CaseworkRefusals(ApplicationContext context) {
        super(context);
    }
}
