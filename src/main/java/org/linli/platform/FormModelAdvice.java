package org.linli.platform;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page has a refused form's attributes, empty unless a refusal filled them (see
 * {@code shared.web.RefusalAdvice}), so templates read {@code errors['field']} and
 * {@code typed['field']} without checking for null.
 */
@ControllerAdvice(annotations = Controller.class)
class FormModelAdvice {

    @ModelAttribute("errors")
    Map<String, String> errors() {
        return Map.of();
    }

    @ModelAttribute("typed")
    Map<String, String> typed() {
        return Map.of();
    }

    @ModelAttribute("typedValues")
    Map<String, List<String>> typedValues() {
        return Map.of();
    }

    @ModelAttribute("refusedForm")
    String refusedForm() {
        return "";
    }
}
