package org.linli.volunteers.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.volunteers.VolunteerHoursCertified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side of attendances: a forgotten sign-out closes by itself once the code expires
 * (counted to the activity's end, rounded, and flagged 待确认 — not zero, since the volunteer was
 * there, and not final, since nobody saw them leave); the organiser confirms or corrects such an
 * attendance (or any not yet certified) and certifies the activity's attendances, all at once or
 * one by one. Certifying credits the time bank and publishes {@link VolunteerHoursCertified} once
 * per attendance: only a signed-out row becomes certified, and a certified row never changes again.
 */
@Service
public class Attendances {

    private final AttendanceStore store;
    private final Activities activities;
    private final ActivityStore activityStore;
    private final BankStore bank;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Attendances(AttendanceStore store, Activities activities, ActivityStore activityStore, BankStore bank, RuleBook rules,
                ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.activityStore = activityStore;
        this.bank = bank;
        this.rules = rules;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The activity's attendances, for its organiser (forgotten sign-outs closed first). */
    @Transactional
    public List<Attendance> of(CurrentUser user, long activityId) {
        Activity a = activities.organised(user, activityId);
        closeForgotten(a);
        return store.ofActivity(a.id());
    }

    /** Closes the activity's attendances still signed in once its end plus the grace period has passed. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void closeForgotten(Activity a) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (now.isBefore(a.endsAt().plusMinutes(rules.today(VolunteerRules.GRACE_MINUTES, a.committeePath())))) {
            return;
        }
        int step = rules.today(VolunteerRules.ROUND_MINUTES, a.committeePath());
        for (Attendance t : store.ofActivity(a.id())) {
            if ("SIGNED_IN".equals(t.status())) {
                store.signOut(t.id(), a.endsAt(), Hours.minutes(t.signedInAt(), a.endsAt(), step, a.length()), "UNCONFIRMED",
                        "未签退，按活动结束时间计");
            }
        }
    }

    /** Closes the forgotten sign-outs of one volunteer, before their record is shown. */
    @Transactional
    public void closeForgottenOf(long volunteerId) {
        activityStore.withOpenAttendance(volunteerId).forEach(this::closeForgotten);
    }

    /** The organiser sets an attendance's hours (confirming or correcting); a certified one stays as it is. */
    @Transactional
    public void correct(CurrentUser user, long activityId, long attendanceId, CorrectAttendance typed) {
        Activity a = activities.organised(user, activityId);
        closeForgotten(a);
        Attendance t = store.get(attendanceId).filter(x -> x.activityId() == a.id())
                .orElseThrow(() -> new NotFoundException("attendance " + attendanceId));
        if (typed.minutes() > a.length().toMinutes()) {
            throw Refusal.ofField("hours", "volunteers.hours.over-length", Hours.hours(a.length().toMinutes()));
        }
        String note = typed.note().isEmpty() ? "组织者确认" : typed.note();
        if (!store.correct(t.id(), typed.minutes(), note)) {
            if ("SIGNED_IN".equals(t.status())) {
                throw Refusal.of("volunteers.attendance.still-in");
            }
            throw Refusal.of("volunteers.attendance.certified");
        }
        audit.record("VOLUNTEER_HOURS_CORRECT", a.title(), a.committeePath(),
                t.maskedName() + " 时长 " + typed.hours().toPlainString() + " 小时：" + note);
    }

    /** Certifies the given attendances of the activity (all signed-out ones when none is named); how many were certified. */
    @Transactional
    public int certify(CurrentUser user, long activityId, List<Long> attendanceIds) {
        Activity a = activities.organised(user, activityId);
        closeForgotten(a);
        List<Long> ids = attendanceIds == null || attendanceIds.isEmpty()
                ? store.ofActivity(a.id()).stream().map(Attendance::id).toList() : attendanceIds;
        if (ids.isEmpty()) {
            throw Refusal.of("volunteers.certify.none");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<AttendanceStore.Certified> certified = store.certify(a.id(), ids, now, user.username());
        if (certified.isEmpty()) {
            throw Refusal.of("volunteers.certify.none");
        }
        for (AttendanceStore.Certified c : certified) {
            if (c.minutes() > 0) {
                bank.credit(c.volunteerId(), c.minutes(), "志愿服务：" + a.title(), c.attendanceId(), now, user.username());
            }
            events.publishEvent(new VolunteerHoursCertified(c.attendanceId(), c.volunteerId(), c.residentId(), a.id(), a.committeePath(),
                    c.minutes(), a.day(clock.getZone())));
        }
        audit.record("VOLUNTEER_HOURS_CERTIFY", a.title(), a.committeePath(), "认证服务时长 " + certified.size() + " 人次");
        return certified.size();
    }
}
