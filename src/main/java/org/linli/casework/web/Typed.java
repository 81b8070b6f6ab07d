package org.linli.casework.web;

import java.util.Map;

import org.springframework.ui.Model;

/** What a refused form's user typed, as the module's advice hands it to the page (empty on a plain visit). */
final class Typed {

    private Typed() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> of(Model model) {
        Object typed = model.getAttribute("typed");
        return typed instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }
}
