package org.linli.reports.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Component;

/** The committees a request names: a district's, a street's, or single ones, read through the division face. */
@Component
public class RequestCommittees {

    private static final int MANY = 10_000;

    private final Divisions divisions;

    RequestCommittees(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The streets of the region with their committees, for the request form's choices. */
    public Map<Division, List<Division>> streets(String regionCode) {
        Map<Division, List<Division>> streets = new LinkedHashMap<>();
        divisions.findByCode(regionCode).ifPresent(region -> {
            for (Division street : divisions.children(region, DataScope.COUNTRY, 0, MANY)) {
                if (street.level() == Level.STREET) {
                    streets.put(street, divisions.children(street, DataScope.COUNTRY, 0, MANY).stream()
                            .filter(c -> c.level() == Level.COMMITTEE).toList());
                }
            }
        });
        return streets;
    }

    public java.util.Optional<Division> division(String code) {
        return divisions.findByCode(code);
    }

    /** Every committee under the named codes, within the region, once each, in code order. */
    public List<Division> under(List<String> codes, String regionPath) {
        Map<String, Division> found = new LinkedHashMap<>();
        for (String code : codes) {
            Division d = divisions.findByCode(code.strip()).filter(x -> x.path().startsWith(regionPath))
                    .orElseThrow(() -> Refusal.ofField("targets", "reports.request.target.unknown", code));
            collect(d, found);
        }
        List<Division> committees = new ArrayList<>(found.values());
        committees.sort((a, b) -> a.path().compareTo(b.path()));
        return committees;
    }

    private void collect(Division d, Map<String, Division> found) {
        switch (d.level()) {
            case COMMITTEE -> found.putIfAbsent(d.path(), d);
            case COUNTY, STREET -> divisions.children(d, DataScope.COUNTRY, 0, MANY).forEach(c -> collect(c, found));
            default -> throw Refusal.ofField("targets", "reports.request.target.level", d.name());
        }
    }
}
