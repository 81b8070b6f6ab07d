package org.linli.deliberation;

import java.time.LocalDate;
import java.time.Period;

import org.linli.registry.ResidentView;
import org.linli.shared.Masks;
import org.linli.shared.Sex;

/**
 * A resident as a meeting's roll, sign-in and roster show them: the name (masked unless asked
 * for), the last four characters of the ID number, the address; {@code channel} and
 * {@code signedBy} say whether and how their vote is already on record.
 */
public record Person(long id, long householdId, String name, String idLast4, LocalDate birthDate, Sex sex, String address,
                     String channel, String signedBy) {

    /** The registry's record of a resident, with nothing on record in a meeting. */
    public static Person of(ResidentView resident) {
        return of(resident, null, null);
    }

    /** The registry's record of a resident with how their vote is on record ({@code IN_PERSON}, {@code ONLINE}) and by whom. */
    public static Person of(ResidentView resident, String channel, String signedBy) {
        return new Person(resident.id(), resident.householdId(), resident.name(), resident.idLast4(), resident.birthDate(),
                resident.sex(), resident.address(), channel, signedBy);
    }

    /** 陈** : the surname and one star per further character. */
    public static String mask(String name) {
        return Masks.name(name);
    }

    public String masked() {
        return mask(name);
    }

    public int age(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    public String channelLabel() {
        if (channel == null) {
            return "";
        }
        // A sign-in by QR code is recorded as "扫码:" and the resident's account (meetings.CheckIns).
        return "ONLINE".equals(channel) ? "线上投票" : signedBy != null && signedBy.startsWith("扫码:") ? "扫码签到" : "现场签到";
    }
}
