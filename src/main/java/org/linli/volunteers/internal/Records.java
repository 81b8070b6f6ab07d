package org.linli.volunteers.internal;

import java.util.List;
import java.util.Optional;

import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's record: their activities with the hours of each, the time bank's ledger and balance.
 * The resident sees their own ({@code /volunteers/me}, and the certificate of hours to print); staff
 * see those of the volunteers they reach. Nobody sees another's record otherwise (404).
 */
@Service
public class Records {

    /** The record as shown. */
    public record Record(Volunteer volunteer, List<Attendance> attendances, List<BankEntry> ledger) {

        public List<Attendance> certified() {
            return attendances.stream().filter(a -> "CERTIFIED".equals(a.status())).toList();
        }
    }

    private final VolunteerRegistration registration;
    private final AttendanceStore attendances;
    private final Attendances closing;
    private final TimeBank bank;

    Records(VolunteerRegistration registration, AttendanceStore attendances, Attendances closing, TimeBank bank) {
        this.registration = registration;
        this.attendances = attendances;
        this.closing = closing;
        this.bank = bank;
    }

    @Transactional
    public Optional<Record> mine(CurrentUser user) {
        Optional<Volunteer> v = registration.mine(user);
        v.ifPresent(x -> closing.closeForgottenOf(x.id()));
        return registration.mine(user).map(this::record);
    }

    @Transactional
    public Record of(CurrentUser user, long volunteerId) {
        Volunteer v = registration.get(user, volunteerId);
        closing.closeForgottenOf(v.id());
        return record(registration.get(user, volunteerId));
    }

    private Record record(Volunteer v) {
        return new Record(v, attendances.ofVolunteer(v.id(), 200), bank.entries(v.id()));
    }
}
