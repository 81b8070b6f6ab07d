package org.linli.division;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One place read against a normalised text (see {@link AddressMatcher} for what the numbers mean).
 * The place's terms — the names of the places above it, its own names, its estate's address and
 * road, its building number — are looked for in the text longest first, each character explained
 * by at most one term, so that "玉泉区" is read as the district and not as the core of 玉泉小区.
 */
final class AddressScoring {

    /** The place's own whole name, or its estate's road and number. */
    static final double WHOLE = 1.0;
    /** Its name without 小区/家园/居委会…, or the text is part of its name. */
    static final double CORE = 0.8;
    /** Only its estate's road. */
    static final double ROAD = 0.5;

    /** A place with how the text names it and how much of the text its terms explain. */
    record Scored(Division place, double naming, double coverage) {

        double score() {
            return naming * (0.6 + 0.4 * coverage);
        }
    }

    private record Term(String text, double naming, boolean building) {
    }

    private AddressScoring() {
    }

    /** The place as the text names it; empty when the text does not name it (or, for a building, its number). */
    static Optional<Scored> score(String text, Division place, Map<String, Division> byCode) {
        Division named = place.level() == Level.BUILDING ? byCode.get(parentCode(place)) : place;
        if (named == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        for (String code : place.path().split("/")) {
            Division node = byCode.get(code);
            boolean own = code.equals(named.code()) || code.equals(place.code());
            if (node != null && !own && node.level().ordinal() >= Level.PROVINCE.ordinal()) {
                AddressText.names(node.name(), node.level()).forEach(n -> terms.add(new Term(n, 0, false)));
            }
        }
        ownTerms(named, terms);
        if (place.level() == Level.BUILDING) {
            terms.add(new Term(AddressText.normalise(place.name()), 0, true));
        }
        terms.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed());

        boolean[] covered = new boolean[text.length()];
        double naming = 0;
        boolean building = false;
        for (Term term : terms) {
            for (int at : occurrences(text, term.text(), covered)) {
                cover(covered, at, at + term.text().length());
                naming = Math.max(naming, term.naming());
                if (term.building()) {
                    building = true;
                    int end = at + term.text().length();
                    cover(covered, end, AddressText.afterDetails(text, end));
                }
            }
        }
        if (place.level() == Level.BUILDING && !building) {
            return Optional.empty();
        }
        if (naming == 0) {
            boolean partOfName = place.level() != Level.BUILDING && text.length() >= 2 && AddressText.normalise(named.name()).contains(text);
            return partOfName ? Optional.of(new Scored(place, CORE, 1)) : Optional.empty();
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return Optional.of(new Scored(place, naming, (double) count / text.length()));
    }

    /** The names that name the place itself, and for an estate its address and road. */
    private static void ownTerms(Division named, List<Term> terms) {
        List<String> names = AddressText.names(named.name(), named.level());
        for (int i = 0; i < names.size(); i++) {
            boolean whole = i == 0 || named.level() == Level.COMMITTEE && AddressText.namesCommittee(names.get(i));
            terms.add(new Term(names.get(i), whole ? WHOLE : CORE, false));
        }
        String address = AddressText.normalise(named.address());
        if (named.level() == Level.ESTATE && !address.isEmpty()) {
            terms.add(new Term(address, WHOLE, false));
            if (address.endsWith("号") && address.length() > 1 && Character.isDigit(address.charAt(address.length() - 2))) {
                terms.add(new Term(address.substring(0, address.length() - 1), WHOLE, false));
            }
            String road = AddressText.road(address);
            if (road.length() >= 2 && !road.equals(address)) {
                terms.add(new Term(road, ROAD, false));
            }
        }
    }

    /** Where the term occurs on characters not yet explained, not cutting a number ("3号楼" is not in "13号楼"). */
    private static List<Integer> occurrences(String text, String term, boolean[] covered) {
        List<Integer> found = new ArrayList<>();
        if (term.isEmpty()) {
            return found;
        }
        int lastEnd = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            int end = at + term.length();
            boolean free = true;
            for (int i = at; i < end && free; i++) {
                free = !covered[i];
            }
            boolean cutsBefore = Character.isDigit(term.charAt(0)) && at > 0 && Character.isDigit(text.charAt(at - 1));
            boolean cutsAfter = Character.isDigit(term.charAt(term.length() - 1)) && end < text.length()
                    && Character.isDigit(text.charAt(end));
            if (free && !cutsBefore && !cutsAfter && at >= lastEnd) {
                found.add(at);
                lastEnd = end;
            }
        }
        return found;
    }

    private static void cover(boolean[] covered, int from, int to) {
        Arrays.fill(covered, from, to, true);
    }

    private static String parentCode(Division place) {
        String[] codes = Arrays.stream(place.path().split("/")).filter(Objects::nonNull).filter(c -> !c.isEmpty())
                .toArray(String[]::new);
        return codes.length < 2 ? "" : codes[codes.length - 2];
    }
}
