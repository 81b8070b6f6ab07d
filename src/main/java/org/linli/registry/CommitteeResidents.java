package org.linli.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.linli.shared.IdNumber;
import org.springframework.stereotype.Service;

/**
 * The residents of one committee's area as other modules ask for them: who is of age on a day,
 * which households may send a representative, who a person is, and who holds an ID number. Every
 * answer is one query, whatever the number of people; the caller has already checked that the
 * user may see the committee.
 */
@Service
public class CommitteeResidents {

    private final CommitteeResidentStore store;

    CommitteeResidents(CommitteeResidentStore store) {
        this.store = store;
    }

    /** Ids of the living residents of the area who are 18 or over on {@code on}. */
    public List<Long> adults(String committeePath, LocalDate on) {
        return store.adults(committeePath, on.minusYears(18));
    }

    /** Ids of the area's open households with at least one living member who is 18 or over on {@code on}. */
    public List<Long> households(String committeePath, LocalDate on) {
        return store.households(committeePath, on.minusYears(18));
    }

    /**
     * Open households per building below the path (a committee's, or a street's for all its
     * committees): building path → households, in one query; buildings without any are absent.
     * The services module's 15-minute life circle counts households by where they live.
     */
    public java.util.Map<String, Integer> householdsByBuilding(String path) {
        return store.householdsByBuilding(path);
    }

    /** The residents with these ids (any status, in id order); ids not found are left out. */
    public List<ResidentView> find(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : store.find(ids);
    }

    /** For each household, the member who stands for it in a list: its head, else its eldest. */
    public List<ResidentView> heads(Collection<Long> householdIds) {
        return householdIds.isEmpty() ? List.of() : store.heads(householdIds);
    }

    /**
     * Living residents of the area, 18 or over on {@code on}, whose name begins with {@code text}
     * or whose ID number ends with it, by name; at most {@code limit}.
     */
    public List<ResidentView> searchAdults(String committeePath, String text, LocalDate on, int limit) {
        String q = text == null ? "" : text.strip();
        return q.isEmpty() ? List.of() : store.searchAdults(committeePath, q, on.minusYears(18), limit);
    }

    /** The resident of the area with this ID number, found by its keyed hash (any status). */
    public Optional<ResidentView> findByIdNumber(String committeePath, IdNumber id) {
        return store.findByIdHash(committeePath, id);
    }
}
