package org.linli.registry.web;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/**
 * What the registry's form handlers share. A handler checks the scope first (a record outside it
 * is not found, whatever was typed), then the command's Bean Validation, so that a refused form
 * is only ever shown again on a page the user may see.
 */
final class Forms {

    private Forms() {
    }

    /** Hands a command that failed Bean Validation to RegistryRefusals, which shows its form again. */
    static void requireValid(BindingResult errors) throws BindException {
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }

    /** What a refused form carried back; empty when the page is shown afresh. */
    @SuppressWarnings("unchecked")
    static Map<String, String> typed(Model model) {
        Object typed = model.getAttribute("typed");
        return typed instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /** The field errors a refused form carried back; empty when the page is shown afresh. */
    @SuppressWarnings("unchecked")
    static Map<String, String> errors(Model model) {
        Object errors = model.getAttribute("errors");
        return errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
