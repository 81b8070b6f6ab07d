package org.linli.division.web;

import org.linli.division.PlaceNames;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page may show a place field by names ({@code ${placeNames.shown(code, scopePath)}}); the
 * service itself is put in the model, so it costs nothing until a template asks.
 */
@ControllerAdvice(annotations = Controller.class)
class PlaceNamesAdvice {

    private final PlaceNames placeNames;

    PlaceNamesAdvice(PlaceNames placeNames) {
        this.placeNames = placeNames;
    }

    @ModelAttribute("placeNames")
    PlaceNames placeNames() {
        return placeNames;
    }
}
