package org.linli.volunteers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 扫码签到/签退: a volunteer's phone opens {@code /activities/check?code=…} (the QR code) or they type
 * the code; the first scan signs them in (signing them up if places remain), a later one signs them
 * out and counts the minutes (rounded by {@code volunteers.round-minutes}, capped at the activity's
 * length). A second scan within {@code volunteers.repeat-scan} minutes is refused as signing in twice.
 * Sign-in opens {@code volunteers.early-sign-in} minutes before the start and closes at the end;
 * sign-out stays open until the end plus {@code volunteers.sign-out-grace}, when the code expires and
 * a forgotten sign-out is counted to the end and flagged 待确认 ({@link Attendances#closeForgotten}).
 */
@Service
public class ActivityCheckIns {

    /** What the check page shows: the activity, and the volunteer's attendance at it when there is one. */
    public record View(Activity activity, Optional<Attendance> attendance, String next) {
    }

    private final ActivityStore activities;
    private final AttendanceStore store;
    private final Activities signUps;
    private final Attendances attendances;
    private final VolunteerRegistration registration;
    private final Reach reach;
    private final RuleBook rules;
    private final Clock clock;

    ActivityCheckIns(ActivityStore activities, AttendanceStore store, Activities signUps, Attendances attendances, VolunteerRegistration registration,
             Reach reach, RuleBook rules, Clock clock) {
        this.activities = activities;
        this.store = store;
        this.signUps = signUps;
        this.attendances = attendances;
        this.registration = registration;
        this.reach = reach;
        this.rules = rules;
        this.clock = clock;
    }

    /** The page for a code: empty when no code is given or the code is not one of the user's activities. */
    @Transactional
    public Optional<View> view(CurrentUser user, String code) {
        Optional<Activity> found = activity(user, new CheckCommand(code, "").code());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Activity a = found.get();
        attendances.closeForgotten(a);
        Optional<Attendance> attendance = registration.mine(user).flatMap(v -> store.find(a.id(), v.id()));
        String next = attendance.map(t -> "SIGNED_IN".equals(t.status()) ? "OUT" : "").orElse("IN");
        return Optional.of(new View(a, attendance, next));
    }

    /** Signs the user in or out by the code; the attendance as it now is. */
    @Transactional
    public Attendance check(CurrentUser user, CheckCommand typed) {
        if (typed.code().isEmpty()) {
            throw Refusal.ofField("code", "volunteers.check.code.required");
        }
        Activity a = activity(user, typed.code()).orElseThrow(() -> Refusal.ofField("code", "volunteers.check.code.wrong"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (a.cancelled()) {
            throw Refusal.ofField("code", "volunteers.check.cancelled");
        }
        int grace = rules.today(VolunteerRules.GRACE_MINUTES, a.committeePath());
        if (!now.isBefore(a.endsAt().plusMinutes(grace))) {
            throw Refusal.ofField("code", "volunteers.check.code.expired");
        }
        int early = rules.today(VolunteerRules.EARLY_MINUTES, a.committeePath());
        if (now.isBefore(a.startsAt().minusMinutes(early))) {
            throw Refusal.ofField("code", "volunteers.check.not-yet", early);
        }
        Volunteer v = registration.mine(user).orElseThrow(() -> Refusal.ofField("code", "volunteers.not-volunteer"));
        Optional<Attendance> current = store.find(a.id(), v.id());
        String action = typed.action();
        if (action.isEmpty()) {
            action = current.isEmpty() ? "IN" : "OUT";
            if (current.filter(t -> "SIGNED_IN".equals(t.status())).filter(t -> Duration.between(t.signedInAt(), now)
                    .toMinutes() < rules.today(VolunteerRules.REPEAT_MINUTES, a.committeePath())).isPresent()) {
                throw Refusal.ofField("code", "volunteers.check.twice");
            }
        }
        if ("IN".equals(action)) {
            signIn(a, v, current, now);
        } else {
            signOut(a, current, now);
        }
        return store.find(a.id(), v.id()).orElseThrow();
    }

    private void signIn(Activity a, Volunteer v, Optional<Attendance> current, OffsetDateTime now) {
        if (current.filter(t -> "SIGNED_IN".equals(t.status())).isPresent()) {
            throw Refusal.ofField("code", "volunteers.check.twice");
        }
        if (current.isPresent()) {
            throw Refusal.ofField("code", "volunteers.check.done");
        }
        if (a.ended(now)) {
            throw Refusal.ofField("code", "volunteers.check.ended");
        }
        signUps.signUp(a, v);
        if (!store.signIn(a.id(), v.id(), now)) {
            throw Refusal.ofField("code", "volunteers.check.twice");
        }
    }

    private void signOut(Activity a, Optional<Attendance> current, OffsetDateTime now) {
        Attendance t = current.orElseThrow(() -> Refusal.ofField("code", "volunteers.check.out-before-in"));
        if (!"SIGNED_IN".equals(t.status())) {
            throw Refusal.ofField("code", "volunteers.check.done");
        }
        int step = rules.today(VolunteerRules.ROUND_MINUTES, a.committeePath());
        if (!store.signOut(t.id(), now, Hours.minutes(t.signedInAt(), now, step, a.length()), "SIGNED_OUT", null)) {
            throw Refusal.ofField("code", "volunteers.check.done");
        }
    }

    /** The activity with this code, if the user reaches it (an activity of another committee reads as a wrong code). */
    private Optional<Activity> activity(CurrentUser user, String code) {
        if (code.isEmpty() || code.length() > 8) {
            return Optional.empty();
        }
        Reach.Of r = reach.of(user);
        return activities.byCode(code).filter(a -> r.covers(a.committeePath()));
    }
}
