package org.linli.volunteers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.volunteers.internal.Loading;
import org.springframework.stereotype.Service;

/**
 * Writes volunteers, activities and attendances directly, for the demo district's history: past
 * activities with certified hours (credited to the time bank, {@link VolunteerHoursCertified}
 * published as for the organiser's certification) and the day's open activity.
 */
@Service
public class VolunteersLoader {

    private final Loading loading;

    VolunteersLoader(Loading loading) {
        this.loading = loading;
    }

    /** Whether the committee has volunteers already (the demo loads once). */
    public boolean anyIn(String committeePath) {
        return loading.anyIn(committeePath);
    }

    /**
     * A volunteer of the committee: tied to {@code residentId} when given, else with a mobile number;
     * {@code skills} by name ({@code ELDER_CARE}, {@code MEDICAL}, …). Returns -1 when the resident or account is one already.
     */
    public long volunteer(long committeeId, String committeePath, Long residentId, Long accountId, String name, String phone,
                          List<String> skills, LocalDate on) {
        return loading.volunteer(committeeId, committeePath, residentId, accountId, name, phone, skills, on);
    }

    public long activity(long committeeId, String committeePath, String title, String place, String description, OffsetDateTime starts,
                         OffsetDateTime ends, List<String> skills, int places) {
        return loading.activity(committeeId, committeePath, title, place, description, starts, ends, skills, places);
    }

    public void attended(long activityId, long volunteerId, OffsetDateTime in, OffsetDateTime out, OffsetDateTime ends) {
        loading.attended(activityId, volunteerId, in, out, ends);
    }

    public void signedUp(long activityId, long volunteerId) {
        loading.signedUp(activityId, volunteerId);
    }

    public int certify(long activityId, String committeePath, String title, LocalDate day) {
        return loading.certify(activityId, committeePath, title, day);
    }
}
