package org.linli.volunteers.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿活动: the committee's staff create, edit and cancel activities; everyone of the committee sees
 * them; volunteers sign up while places remain. Each activity gets a short code of letters and
 * digits that cannot be mistaken for each other, which the organiser shows as text and QR code.
 */
@Service
public class Activities {

    /** No 0/O, 1/I/L: a code read aloud or typed from a screen is typed right. */
    static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A page of activities and, for a volunteer, which of them they signed up for. */
    public record Page(List<Activity> activities, long total, List<Long> signedUp) {
    }

    private final ActivityStore store;
    private final Reach reach;
    private final VolunteerRegistration registration;
    private final AuditLog audit;
    private final Clock clock;

    Activities(ActivityStore store, Reach reach, VolunteerRegistration registration, AuditLog audit, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.registration = registration;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(CurrentUser user, ActivityForm form) {
        Division committee = reach.organiser(user).ownCommittee();
        ActivityStore.Times times = times(form, true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int attempt = 0; attempt < 10; attempt++) {
            long id = store.insert(committee.id(), committee.path(), form, times, newCode(), user.username(), now);
            if (id > 0) {
                audit.record("VOLUNTEER_ACTIVITY_CREATE", form.title(), committee.path(), "发布志愿活动");
                return id;
            }
        }
        throw new IllegalStateException("no free activity code after 10 attempts");
    }

    @Transactional
    public void edit(CurrentUser user, long id, ActivityForm form) {
        Activity a = organised(user, id);
        if (a.cancelled() || a.ended(OffsetDateTime.now(clock))) {
            throw Refusal.of("volunteers.activity.closed");
        }
        if (form.places() < a.signedUp()) {
            throw Refusal.ofField("places", "volunteers.activity.places.below-signed-up", a.signedUp());
        }
        store.update(id, form, times(form, false));
        audit.record("VOLUNTEER_ACTIVITY_EDIT", form.title(), a.committeePath(), "修改志愿活动");
    }

    @Transactional
    public void cancel(CurrentUser user, long id, CancelActivity typed) {
        Activity a = organised(user, id);
        if (a.cancelled() || a.ended(OffsetDateTime.now(clock))) {
            throw Refusal.of("volunteers.activity.closed");
        }
        store.cancel(id, typed.reason().strip());
        audit.record("VOLUNTEER_ACTIVITY_CANCEL", a.title(), a.committeePath(), typed.reason().strip());
    }

    /** The activities the user reaches, upcoming first. */
    public Page list(CurrentUser user, int page, int size) {
        Reach.Of r = reach.of(user);
        List<Activity> shown = store.list(r.prefix(), OffsetDateTime.now(clock), Math.max(0, page) * size, size);
        List<Long> mine = registration.mine(user)
                .map(v -> store.signedUpAmong(v.id(), shown.stream().map(Activity::id).toList())).orElse(List.of());
        return new Page(shown, store.count(r.prefix()), mine);
    }

    /** Whether the signed-in volunteer signed up for the activity. */
    public boolean signedUp(CurrentUser user, Activity a) {
        return registration.mine(user).map(v -> store.signedUp(a.id(), v.id())).orElse(false);
    }

    public Activity get(CurrentUser user, long id) {
        return store.find(id, reach.of(user).prefix()).orElseThrow(() -> new NotFoundException("activity " + id));
    }

    /** An activity of the user's own committee that they may run (404 otherwise). */
    public Activity organised(CurrentUser user, long id) {
        Reach.Of r = reach.organiser(user);
        return store.find(id, r.prefix()).orElseThrow(() -> new NotFoundException("activity " + id));
    }

    /** The signed-in volunteer signs up for an activity they reach, while it is open and has places. */
    @Transactional
    public void signUp(CurrentUser user, long id) {
        Activity a = get(user, id);
        Volunteer v = registration.mine(user).orElseThrow(() -> Refusal.of("volunteers.not-volunteer"));
        signUp(a, v);
    }

    /** Signs the volunteer up (again is nothing); refused when cancelled, ended, full or the volunteer is not active. */
    void signUp(Activity a, Volunteer v) {
        if (a.cancelled() || a.ended(OffsetDateTime.now(clock))) {
            throw Refusal.of("volunteers.activity.closed");
        }
        if (!"ACTIVE".equals(v.status())) {
            throw Refusal.of("volunteers.not-active");
        }
        store.lock(a.id());
        if (store.signedUp(a.id(), v.id())) {
            return;
        }
        Activity now = store.byCode(a.code()).orElseThrow();
        if (now.placesLeft() <= 0) {
            throw Refusal.of("volunteers.activity.full");
        }
        store.signUp(a.id(), v.id(), OffsetDateTime.now(clock));
    }

    private ActivityStore.Times times(ActivityForm form, boolean creating) {
        OffsetDateTime starts = form.day().atTime(form.startTime()).atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime ends = form.day().atTime(form.endTime()).atZone(clock.getZone()).toOffsetDateTime();
        if (!ends.isAfter(starts)) {
            throw Refusal.ofField("endTime", "volunteers.activity.end.before-start");
        }
        if (creating && !ends.isAfter(OffsetDateTime.now(clock))) {
            throw Refusal.ofField("day", "volunteers.activity.day.past");
        }
        return new ActivityStore.Times(starts, ends);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
