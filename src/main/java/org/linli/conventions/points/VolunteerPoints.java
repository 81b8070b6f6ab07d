package org.linli.conventions.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.volunteers.VolunteerHoursCertified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points for certified volunteer hours: under the volunteer-hour rule in force that day of the
 * committee that ran the activity, for the volunteer (a person's rule) or their household. Once
 * per attendance: the entry is keyed by it, so a redelivered event adds nothing. A volunteer not
 * in the registry, or a committee without such a rule, gets no points.
 */
@Component
class VolunteerPoints {

    private static final Logger log = LoggerFactory.getLogger(VolunteerPoints.class);

    private final PointsStore store;
    private final CommitteeResidents residents;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerPoints(PointsStore store, CommitteeResidents residents, AuditLog audit, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VolunteerHoursCertified hours) {
        if (hours.residentId() == null || hours.minutes() <= 0) {
            return;
        }
        PointsRule rule = store.volunteerRule(hours.committeePath(), hours.day()).orElse(null);
        List<ResidentView> found = residents.find(List.of(hours.residentId()));
        if (rule == null || found.isEmpty()) {
            return;
        }
        ResidentView resident = found.getFirst();
        BigDecimal hoursServed = BigDecimal.valueOf(hours.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        int points = hoursServed.multiply(BigDecimal.valueOf(rule.points())).setScale(0, RoundingMode.HALF_UP).intValueExact();
        String reason = "志愿服务 %s 小时（活动 #%d）".formatted(hoursServed.stripTrailingZeros().toPlainString(), hours.activityId());
        store.insertEntry(new PointsStore.NewEntry(rule.committeePath(), resident.divisionPath(), resident.householdId(),
                rule.appliesTo() == AppliesTo.PERSON ? resident.id() : null, rule.id(), points, hoursServed, hours.day(), reason, null,
                "volunteer-attendance-" + hours.attendanceId(), "system", OffsetDateTime.now(clock))).ifPresent(id -> {
            audit.recordAs("system", "POINTS_AWARD", resident.auditName(), resident.divisionPath(), rule.name() + " +" + points + " 分：" + reason);
            log.debug("volunteer points {} for attendance {}", points, hours.attendanceId());
        });
    }
}
