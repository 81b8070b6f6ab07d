package org.linli.gridwork.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a visit and reading visits. A resident is visited by someone whose area holds them and
 * who may see why they are visited: a grid worker only residents with a group that is not
 * sensitive. A visit moves the resident's next due date at once.
 */
@Service
public class Visits {

    /** The most visits a household's or resident's page lists. */
    public static final int PAGE_LIMIT = 50;

    private final VisitStore store;
    private final SubjectStore subjects;
    private final VisitSubjects projection;
    private final Residents residents;
    private final Needs needs;
    private final AuditLog audit;
    private final Clock clock;

    Visits(VisitStore store, SubjectStore subjects, VisitSubjects projection, Residents residents, Needs needs, AuditLog audit,
           Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.projection = projection;
        this.residents = residents;
        this.needs = needs;
        this.audit = audit;
        this.clock = clock;
    }

    /** A resident to be visited as the visit form shows them, with the groups the user may see. */
    public record Subject(ResidentView resident, List<String> tags, boolean hasSensitive, boolean onlySensitive,
                          VisitFrequency frequency, LocalDate due, LocalDate lastVisit) {
    }

    /** Roles that visit and read visits: those that work with the registry. */
    public static boolean mayRead(CurrentUser user) {
        return user.role().mayReadRegistry();
    }

    /** The resident to visit, or not found: outside the area, not in a visited group, or only in groups the user may not see. */
    public Subject subject(long residentId, CurrentUser user) {
        if (!mayRead(user)) {
            throw new NotFoundException("resident " + residentId);
        }
        ResidentView resident = residents.get(residentId, user.scope());
        SubjectStore.Row row = subjects.find(residentId).orElseThrow(() -> new NotFoundException("visit subject " + residentId));
        Schedule s = row.schedule();
        boolean sees = user.role().maySeeSensitiveTags();
        if (!sees && s.plainDue() == null) {
            throw new NotFoundException("visit subject " + residentId);
        }
        List<String> tags = new ArrayList<>(s.plainTags());
        if (sees) {
            tags.addAll(s.sensitiveTags());
        }
        return new Subject(resident, tags, sees && !s.sensitiveTags().isEmpty(), s.plainTags().isEmpty(),
                sees ? s.frequency() : s.plainFrequency(), sees ? s.due() : s.plainDue(), sees ? s.lastVisit() : s.plainLast());
    }

    /** Records a visit and the needs found; answers its id. */
    @Transactional
    public long record(long residentId, VisitForm form, CurrentUser user) {
        Subject subject = subject(residentId, user);
        ResidentView resident = subject.resident();
        if (form.visitedOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("visitedOn", "gridwork.visit.date.future");
        }
        if (form.photo() != null) {
            form.photo().check();
        }
        form.filledNeeds().stream().filter(n -> n.handling() == Need.Handling.CASE)
                .forEach(n -> needs.activeCategory(n.category(), "needs"));
        // Made because of a sensitive tag: so marked, or the only groups are sensitive ones; never by a grid worker.
        boolean sensitive = subject.hasSensitive() && (form.sensitive() || subject.onlySensitive());
        SubjectStore.Row row = subjects.find(residentId).orElseThrow();
        // A visit not made because of a sensitive tag names only the other groups, for it is shown to grid workers.
        List<String> tags = sensitive ? subject.tags() : row.schedule().plainTags();
        long id = store.insert(new VisitStore.NewVisit(residentId, resident.householdId(), resident.divisionPath(),
                row.grid() == null ? null : row.grid().id(), form, tags, sensitive, row.schedule().due(),
                user.username(), OffsetDateTime.now(clock)));
        for (VisitForm.NeedForm n : form.filledNeeds()) {
            long needId = store.insertNeed(id, n);
            Need need = store.need(needId).orElseThrow();
            switch (n.handling()) {
                case CASE -> needs.request(need, needs.activeCategory(n.category(), "needs"), resident, user);
                case SERVICE -> store.service(needId, user.username(), OffsetDateTime.now(clock));
                case NOTED -> { }
            }
        }
        if (form.photo() != null) {
            store.insertPhoto(id, form.photo());
        }
        audit.record("VISIT_RECORD", resident.auditName(), resident.divisionPath(),
                "记录走访：" + form.visitedOn() + " " + form.way().label() + "，需求 " + form.filledNeeds().size() + " 项");
        projection.refresh(residentId);
        return id;
    }

    /** One visit, if the user may see it. */
    public Visit get(long visitId, CurrentUser user) {
        Visit visit = store.find(visitId).orElseThrow(() -> new NotFoundException("visit " + visitId));
        if (!mayRead(user) || !user.scope().covers(visit.divisionPath())
                || (visit.sensitive() && !user.role().maySeeSensitiveTags())) {
            throw new NotFoundException("visit " + visitId);
        }
        return visit;
    }

    /** A household's visits the user may see, newest first; not found when the household is outside the area. */
    public List<Visit> ofHousehold(long householdId, CurrentUser user) {
        if (!mayRead(user)) {
            throw new NotFoundException("household " + householdId);
        }
        residents.household(householdId, user.scope());
        return store.ofHousehold(householdId, user.role().maySeeSensitiveTags(), PAGE_LIMIT);
    }

    /** A resident's visits the user may see, newest first. */
    public List<Visit> ofResident(long residentId, CurrentUser user) {
        return store.ofResident(residentId, user.role().maySeeSensitiveTags(), PAGE_LIMIT);
    }

    /** A photo of a visit the user may see. */
    public StoredPhoto photo(long visitId, long photoId, CurrentUser user) {
        get(visitId, user);
        return store.photo(visitId, photoId).orElseThrow(() -> new NotFoundException("photo " + photoId));
    }
}
