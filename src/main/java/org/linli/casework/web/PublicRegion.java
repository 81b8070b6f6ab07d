package org.linli.casework.web;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where residents may report without signing in ({@code linli.cases.public-region}, the district
 * by default): the public report page's places, its map and its position checks are limited to it.
 */
@Component
class PublicRegion {

    private final Divisions divisions;
    private final String code;

    PublicRegion(Divisions divisions, @Value("${linli.cases.public-region:150104}") String code) {
        this.divisions = divisions;
        this.code = code;
    }

    Division division() {
        return divisions.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("linli.cases.public-region " + code + " is not a division"));
    }

    DataScope scope() {
        return new DataScope(division().path());
    }
}
