package org.linli.volunteers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.registry.PersonalData;
import org.linli.volunteers.VolunteerHoursCertified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteers, activities and attendances written directly, for the demo's history (past activities
 * cannot be created through the form): the same rows and the same certification, event included.
 */
@Service
public class Loading {

    private final VolunteerStore volunteers;
    private final ActivityStore activities;
    private final AttendanceStore attendances;
    private final BankStore bank;
    private final PersonalData personal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Loading(VolunteerStore volunteers, ActivityStore activities, AttendanceStore attendances, BankStore bank, PersonalData personal,
            ApplicationEventPublisher events, Clock clock) {
        this.volunteers = volunteers;
        this.activities = activities;
        this.attendances = attendances;
        this.bank = bank;
        this.personal = personal;
        this.events = events;
        this.clock = clock;
    }

    public boolean anyIn(String committeePath) {
        return volunteers.count(new VolunteerStore.Filter(committeePath, "", "", "")) > 0;
    }

    @Transactional
    public long volunteer(long committeeId, String committeePath, Long residentId, Long accountId, String name, String phone,
                          List<String> skills, LocalDate on) {
        PersonalData.SealedPhone p = phone == null ? null : personal.sealPhone(phone);
        return volunteers.insert(new VolunteerStore.NewVolunteer(committeeId, committeePath, residentId, accountId, name,
                p == null ? null : p.cipher(), p == null ? null : p.hash(), p == null ? null : p.mask(),
                skills.toArray(String[]::new), on, "system"));
    }

    @Transactional
    public long activity(long committeeId, String committeePath, String title, String place, String description, OffsetDateTime starts,
                         OffsetDateTime ends, List<String> skills, int places) {
        ActivityForm form = new ActivityForm(title, starts.toLocalDate(), starts.toLocalTime(), ends.toLocalTime(), place, description,
                Skill.read(skills.toArray(String[]::new)), places);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int attempt = 0; attempt < 10; attempt++) {
            long id = activities.insert(committeeId, committeePath, form, new ActivityStore.Times(starts, ends), Activities.newCode(),
                    "system", now);
            if (id > 0) {
                return id;
            }
        }
        throw new IllegalStateException("no free activity code");
    }

    /** Signs the volunteer up, in and out, rounding as the default rule does. */
    @Transactional
    public void attended(long activityId, long volunteerId, OffsetDateTime in, OffsetDateTime out, OffsetDateTime ends) {
        activities.signUp(activityId, volunteerId, in);
        attendances.signIn(activityId, volunteerId, in);
        Attendance t = attendances.find(activityId, volunteerId).orElseThrow();
        attendances.signOut(t.id(), out, Hours.minutes(in, out, 15, java.time.Duration.between(in, ends).abs().plusMinutes(Math.max(0, java.time.Duration.between(ends, out).toMinutes()))),
                "SIGNED_OUT", null);
    }

    @Transactional
    public void signedUp(long activityId, long volunteerId) {
        activities.signUp(activityId, volunteerId, OffsetDateTime.now(clock));
    }

    /** Certifies every signed-out attendance of the activity, with its credit and event. */
    @Transactional
    public int certify(long activityId, String committeePath, String title, LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> ids = attendances.ofActivity(activityId).stream().map(Attendance::id).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<AttendanceStore.Certified> certified = attendances.certify(activityId, ids, now, "system");
        for (AttendanceStore.Certified c : certified) {
            if (c.minutes() > 0) {
                bank.credit(c.volunteerId(), c.minutes(), "志愿服务：" + title, c.attendanceId(), now, "system");
            }
            events.publishEvent(new VolunteerHoursCertified(c.attendanceId(), c.volunteerId(), c.residentId(), activityId, committeePath,
                    c.minutes(), day));
        }
        return certified.size();
    }
}
