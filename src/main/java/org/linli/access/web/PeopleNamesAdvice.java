package org.linli.access.web;

import java.time.Clock;

import org.linli.access.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page may name people by their login names ({@code ${people.name(actor)}}); one instance for all. */
@ControllerAdvice(annotations = Controller.class)
class PeopleNamesAdvice {

    private final PeopleNames people;

    PeopleNamesAdvice(Accounts accounts, Clock clock) {
        this.people = new PeopleNames(accounts, clock);
    }

    @ModelAttribute("people")
    PeopleNames people() {
        return people;
    }
}
