package org.linli.reports.forms;

import java.util.List;

import jakarta.validation.Valid;

/** The committee's figures for every field of its form, saved or submitted. */
public record FormEntry(List<@Valid ValueLine> values) {

    public List<ValueLine> lines() {
        return values == null ? List.of() : values;
    }
}
