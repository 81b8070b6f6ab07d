package org.linli.volunteers.internal;

import java.time.LocalDate;
import java.util.List;

import org.linli.shared.Masks;

/**
 * A volunteer as pages show them: tied to a registry resident or not, the masked phone, skills, and
 * the minutes certified and held in the time bank.
 */
public record Volunteer(long id, long committeeId, String committeePath, Long residentId, Long accountId, String name,
                        String phoneMask, List<Skill> skills, String status, LocalDate registeredOn, long certifiedMinutes,
                        long balanceMinutes) {

    public boolean tied() {
        return residentId != null;
    }

    public String maskedName() {
        return Masks.name(name);
    }

    public String skillLabels() {
        return Skill.labels(skills);
    }

    public String statusLabel() {
        return switch (status) {
            case "ACTIVE" -> "在册";
            case "PAUSED" -> "暂停";
            default -> "已退出";
        };
    }

    public String certifiedHours() {
        return Hours.hours(certifiedMinutes);
    }

    public String balanceHours() {
        return Hours.hours(balanceMinutes);
    }
}
