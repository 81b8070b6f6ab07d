package org.linli.volunteers.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 时间银行: certified hours are credited when certified ({@link Attendances}); the committee debits
 * hours a volunteer exchanges for a service, with the reason. The balance never goes below zero: the
 * volunteer's row is locked while the balance is read, so two debits cannot both spend the same hours.
 */
@Service
public class TimeBank {

    private final BankStore bank;
    private final VolunteerStore volunteers;
    private final Reach reach;
    private final AuditLog audit;
    private final Clock clock;

    TimeBank(BankStore bank, VolunteerStore volunteers, Reach reach, AuditLog audit, Clock clock) {
        this.bank = bank;
        this.volunteers = volunteers;
        this.reach = reach;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void spend(CurrentUser user, long volunteerId, SpendHours typed) {
        Volunteer v = volunteers.find(volunteerId, reach.organiser(user).prefix())
                .orElseThrow(() -> new NotFoundException("volunteer " + volunteerId));
        volunteers.lock(v.id());
        long balance = bank.balance(v.id());
        if (typed.minutes() > balance) {
            throw Refusal.ofField("hours", "volunteers.bank.insufficient", Hours.hours(balance));
        }
        bank.debit(v.id(), typed.minutes(), typed.reason().strip(), OffsetDateTime.now(clock), user.username());
        audit.record("VOLUNTEER_BANK_SPEND", v.maskedName() + "（志愿者 #" + v.id() + "）", v.committeePath(),
                "兑换 " + Hours.hours(typed.minutes()) + " 小时：" + typed.reason().strip());
    }

    public List<BankEntry> entries(long volunteerId) {
        return bank.entries(volunteerId, 100);
    }
}
