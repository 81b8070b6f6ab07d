package org.linli.gridwork.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The committee's monthly grid meeting (网格例会): community workers record it for their committee,
 * once a month (a second meeting in a month is refused: its matters belong in the month's record);
 * the street reads the matters its committees passed up.
 */
@Service
@Validated
public class GridMeetings {

    static final int MAX_MATTERS = 20;

    private final GridMeetingStore store;
    private final Divisions divisions;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    GridMeetings(GridMeetingStore store, Divisions divisions, Accounts accounts, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee a community worker records meetings for. */
    public Division committee(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new NotFoundException("committee");
        }
        return divisions.findUnscoped(user.divisionId()).filter(d -> d.level() == Level.COMMITTEE)
                .orElseThrow(() -> new NotFoundException("committee"));
    }

    /** The committee's grid workers, who may be ticked as present. */
    public List<Account> gridWorkers(Division committee) {
        return accounts.list(new DataScope(committee.path()), "", Role.GRID_WORKER, 0, 200);
    }

    @Transactional
    public long record(@Valid MeetingForm form, CurrentUser user) {
        Division committee = committee(user);
        LocalDate today = LocalDate.now(clock);
        if (form.heldOn().isAfter(today)) {
            throw Refusal.ofField("heldOn", "gridwork.meeting.held-on.future");
        }
        if (form.heldOn().isBefore(today.minusYears(1))) {
            throw Refusal.ofField("heldOn", "gridwork.meeting.held-on.too-old");
        }
        Map<Long, Account> workers = gridWorkers(committee).stream().collect(Collectors.toMap(Account::id, Function.identity()));
        List<String> others = form.otherNames();
        checkAttendees(form, workers, others);
        List<Raised> matters = matters(form);
        long id = store.insert(committee.id(), committee.path(), form.heldOn(), user.username(), OffsetDateTime.now(clock))
                .orElseThrow(() -> Refusal.ofField("heldOn", "gridwork.meeting.exists", form.heldOn().getMonthValue()));
        int position = 0;
        for (Long account : form.attendee()) {
            store.attendee(id, position++, account, workers.get(account).displayName());
        }
        for (String name : others) {
            store.attendee(id, position++, null, name);
        }
        for (int i = 0; i < matters.size(); i++) {
            store.matter(id, committee.path(), form.heldOn(), i, matters.get(i).text(), matters.get(i).passedUp());
        }
        audit.recordAs(user.username(), "GRID_MEETING", committee.name() + " " + form.heldOn(), committee.path(),
                matters.size() + " 项议题");
        return id;
    }

    private record Raised(String text, boolean passedUp) {
    }

    private static void checkAttendees(MeetingForm form, Map<Long, Account> workers, List<String> others) {
        if (form.attendee().stream().anyMatch(id -> !workers.containsKey(id))) {
            throw Refusal.ofField("attendee", "gridwork.meeting.attendee.unknown");
        }
        if (form.attendee().isEmpty() && others.isEmpty()) {
            throw Refusal.ofField("attendee", "gridwork.meeting.attendee.required");
        }
        if (others.size() > 100) {
            throw Refusal.ofField("others", "gridwork.meeting.others.too-long");
        }
    }

    /** The matters typed, blanks left out, each with whether it was passed up (by its position on the form). */
    private static List<Raised> matters(MeetingForm form) {
        List<Raised> matters = new ArrayList<>();
        for (int i = 0; i < form.matter().size(); i++) {
            String text = form.matter().get(i);
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > 500) {
                throw Refusal.ofField("matter", "gridwork.meeting.matter.too-long");
            }
            matters.add(new Raised(text, form.passedUp().contains(i)));
        }
        if (matters.isEmpty()) {
            throw Refusal.ofField("matter", "gridwork.meeting.matter.required");
        }
        if (matters.size() > MAX_MATTERS) {
            throw Refusal.ofField("matter", "gridwork.meeting.matter.too-many", MAX_MATTERS);
        }
        return matters;
    }

    public GridMeeting get(long id, CurrentUser user) {
        return store.find(id, user.scope()).orElseThrow(() -> new NotFoundException("meeting"));
    }

    public List<GridMeeting.Line> list(CurrentUser user, int page, int size) {
        return store.list(user.scope(), page, size);
    }

    public long count(CurrentUser user) {
        return store.count(user.scope());
    }

    /** The matters passed up to the street from the committees of the user's scope, latest first. */
    public List<GridMeeting.Matter> passedUp(CurrentUser user, int page, int size) {
        return store.passedUp(user.scope(), page, size);
    }

    public long countPassedUp(CurrentUser user) {
        return store.countPassedUp(user.scope());
    }
}
