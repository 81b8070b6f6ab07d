package org.linli.deliberation;

import java.time.LocalDate;
import java.time.Period;

import org.linli.shared.Masks;
import org.linli.shared.Sex;

/**
 * A resident as a meeting's roll, sign-in and roster show them: the name (masked unless asked
 * for), the last four characters of the ID number, the address; {@code channel} and
 * {@code signedBy} say whether and how their vote is already on record.
 */
public record Person(long id, long householdId, String name, String idLast4, LocalDate birthDate, Sex sex, String address,
                     String channel, String signedBy) {

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
        return channel == null ? "" : "ONLINE".equals(channel) ? "线上投票" : "现场签到";
    }
}
