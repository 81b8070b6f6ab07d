package org.linli.division;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * An address as people write it ("呼和浩特市玉泉区昭君路12号", "泰和家园3栋", "五塔北街社区第一网格")
 * → the place of the scope it names, with how sure the reading is.
 * <p>
 * <b>Reading.</b> The text is normalised ({@code AddressText}): full-width characters become
 * ASCII, spaces and punctuation go, Chinese numerals before a unit or after 第 become digits, and
 * 栋/幢/座/# after a number become 号楼. Candidates come from SQL, bounded by the scope and a
 * limit: committees, grids and estates whose name, or name without 居委会/小区/家园…, occurs in
 * the text (or whose name contains the whole text), estates whose address's road occurs in it,
 * and the buildings of those estates. Places inside a street or committee the text names are
 * fetched first.
 * <p>
 * <b>Score</b> (0–1) = naming × (0.6 + 0.4 × coverage):
 * <ul>
 * <li><i>naming</i> is how the text names the place itself: 1.0 for its whole name (a committee
 * also as "五塔北街社区") or its estate's road and number exactly ("昭君路12号"); 0.8 for its name
 * without its kind ("泰和" for 泰和家园) or when the text is part of its name; 0.5 for its estate's
 * road alone. A building counts only when its number is in the text ("3号楼", not inside
 * "13号楼"), and is named as its estate is.</li>
 * <li><i>coverage</i> is the share of the normalised text's characters explained by the place's
 * terms: the names of the places above it (province … street, committee, grid, in full or short:
 * "呼和浩特", "小召前街"), its own names and address, its building number and what follows a
 * building (单元, 层, 室). A text that names another committee or a different road explains less.</li>
 * </ul>
 * A place that a better-or-equal place below it explains is dropped (the building, not its estate).
 * The best place is chosen when its score is at least {@value #CHOSEN} and the best unrelated
 * runner-up (not a place within it) is more than {@value #MARGIN} behind; when they are closer the
 * answer is ambiguous and no place is chosen. Below {@value #CHOSEN} (a road without its number)
 * nothing is chosen either, and the candidates are only suggestions. Nothing outside the scope is
 * ever read.
 */
@Service
public class AddressMatcher {

    /** The levels an address may name: committees, grids, estates and buildings. */
    public static final List<Level> PLACES = List.of(Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING);

    static final double CHOSEN = 0.6;
    static final double MARGIN = 0.05;
    /** Longer text is cut: no address is longer, and it bounds the work. */
    static final int MAX_TEXT = 200;
    private static final int AREAS = 20;
    private static final int PLACES_FETCHED = 200;
    private static final int ESTATES_WITH_BUILDINGS = 50;
    private static final int BUILDINGS_FETCHED = 500;
    private static final int SHOWN = 6;

    private final AddressStore store;
    private final PlaceNameStore names;

    AddressMatcher(AddressStore store, PlaceNameStore names) {
        this.store = store;
        this.names = names;
    }

    /** A place as the match offers it: its code (what forms and Open311 store), names along its path, and its score. */
    public record Candidate(String code, String name, Level level, String levelLabel, String label, double score) {
    }

    /**
     * What the text was read as ({@code normalised}), the chosen place or null, the best score,
     * whether the best two were too close to choose between (both clear enough to be chosen), and
     * the best candidates, best first (the chosen place, when there is one, is the first).
     */
    public record Match(String text, String normalised, Candidate place, double score, boolean ambiguous,
                        List<Candidate> candidates) {

        public Optional<Candidate> chosen() {
            return Optional.ofNullable(place);
        }
    }

    /** The place of the scope, of one of the levels, that the text names (see the class comment). */
    public Match match(String text, DataScope scope, List<Level> levels) {
        String typed = text == null ? "" : text.strip();
        String cut = typed.length() > MAX_TEXT ? typed.substring(0, MAX_TEXT) : typed;
        String normal = AddressText.normalise(cut);
        if (normal.isEmpty() || levels.isEmpty()) {
            return new Match(typed, normal, null, 0, false, List.of());
        }
        return decide(typed, normal, read(normal, AddressText.plain(cut), scope, levels));
    }

    /** The candidates as scored, and the places along their paths (for naming them). */
    private record Read(List<AddressScoring.Scored> scored, Map<String, Division> byCode) {
    }

    private Read read(String normal, String plain, DataScope scope, List<Level> levels) {
        List<Division> areas = store.named(normal, plain, scope, List.of(Level.STREET, Level.COMMITTEE), List.of(), AREAS);
        List<Level> below = levels.stream().filter(l -> l == Level.GRID || l == Level.ESTATE).toList();
        List<Division> places = below.isEmpty() ? List.of()
                : store.named(normal, plain, scope, below, areas.stream().map(Division::path).toList(), PLACES_FETCHED);
        List<Division> buildings = List.of();
        if (levels.contains(Level.BUILDING) && normal.chars().anyMatch(c -> Character.isDigit(c) || c == '楼')) {
            List<Long> estates = places.stream().filter(p -> p.level() == Level.ESTATE).limit(ESTATES_WITH_BUILDINGS)
                    .map(Division::id).toList();
            buildings = store.buildingsOf(estates, scope, BUILDINGS_FETCHED).stream()
                    .filter(b -> normal.contains(AddressText.normalise(b.name()))).toList();
        }
        List<Division> candidates = Stream.of(areas.stream().filter(a -> levels.contains(a.level())),
                        places.stream().filter(p -> levels.contains(p.level())), buildings.stream())
                .flatMap(s -> s).toList();
        Map<String, Division> byCode = new HashMap<>();
        if (!candidates.isEmpty()) {
            names.along(candidates.stream().map(Division::path).distinct().toList()).forEach(d -> byCode.put(d.code(), d));
        }
        List<AddressScoring.Scored> scored = new ArrayList<>();
        for (Division candidate : candidates) {
            AddressScoring.score(normal, candidate, byCode).ifPresent(scored::add);
        }
        return new Read(scored, byCode);
    }

    private Match decide(String typed, String normal, Read read) {
        List<AddressScoring.Scored> scored = read.scored();
        Comparator<AddressScoring.Scored> order = Comparator.comparingDouble(AddressScoring.Scored::score).reversed()
                .thenComparing(s -> -s.place().level().ordinal()).thenComparing(s -> s.place().path());
        List<AddressScoring.Scored> kept = scored.stream()
                .filter(s -> scored.stream().noneMatch(t -> t != s && t.place().path().startsWith(s.place().path())
                        && t.score() >= s.score()))
                .sorted(order).toList();
        if (kept.isEmpty()) {
            return new Match(typed, normal, null, 0, false, List.of());
        }
        AddressScoring.Scored best = kept.getFirst();
        Optional<AddressScoring.Scored> rival = kept.stream().skip(1)
                .filter(s -> !s.place().path().startsWith(best.place().path())).findFirst();
        boolean clear = best.score() >= CHOSEN;
        boolean ambiguous = clear && rival.isPresent() && best.score() - rival.get().score() < MARGIN;
        List<Candidate> shown = kept.stream().limit(SHOWN).map(s -> candidate(s, read.byCode())).toList();
        Candidate chosen = clear && !ambiguous ? shown.getFirst() : null;
        return new Match(typed, normal, chosen, round(best.score()), ambiguous, shown);
    }

    private static Candidate candidate(AddressScoring.Scored s, Map<String, Division> byCode) {
        Division d = s.place();
        return new Candidate(d.code(), d.name(), d.level(), d.levelLabel(), PlaceNames.label(d.path(), byCode), round(s.score()));
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
