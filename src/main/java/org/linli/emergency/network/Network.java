package org.linli.emergency.network;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's emergency network (社区应急网络): who takes part, in which role, with which duty. A
 * member with an account sees the mobilisation list's contacts while an emergency is declared for
 * the place and is told in the app; one without is told by SMS.
 */
@Service
public class Network {

    private final NetworkStore store;
    private final Accounts accounts;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Clock clock;

    Network(NetworkStore store, Accounts accounts, PersonalData personalData, AuditLog audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee's members, with the names of their accounts. */
    public List<Member> members(Division committee) {
        List<Member> members = store.list(committee.path());
        Map<Long, String> names = new HashMap<>();
        accounts.byIds(members.stream().map(Member::accountId).filter(java.util.Objects::nonNull).toList())
                .forEach(a -> names.put(a.id(), a.displayName() + "（" + a.username() + "）"));
        return members.stream().map(m -> m.accountId() == null ? m : m.withAccountName(names.get(m.accountId()))).toList();
    }

    /** Whether the account is a member of the committee's network. */
    public boolean isMember(String committeePath, long accountId) {
        return store.isMember(committeePath, accountId);
    }

    /** The paths of the committees whose network the account belongs to. */
    public List<String> committeesOf(long accountId) {
        return store.committeesOf(accountId);
    }

    /** Members with accounts (told in the app) and the sealed phones of those without (told by SMS). */
    public record Recipients(List<Long> accountIds, List<PersonalData.SealedPhone> phones) {
    }

    public Recipients recipients(String committeePath) {
        List<Long> ids = new java.util.ArrayList<>();
        List<PersonalData.SealedPhone> phones = new java.util.ArrayList<>();
        for (NetworkStore.Reachable r : store.reachable(committeePath)) {
            if (r.accountId() != null) {
                ids.add(r.accountId());
            } else if (r.phoneCipher() != null) {
                phones.add(new PersonalData.SealedPhone(r.phoneCipher(), null, r.phoneMask()));
            }
        }
        return new Recipients(List.copyOf(ids), List.copyOf(phones));
    }

    @Transactional
    public long add(Division committee, MemberForm form, CurrentUser user) {
        PersonalData.SealedPhone phone = null;
        if (!form.phone().isEmpty()) {
            String problem = Phone.problem(form.phone());
            if (problem != null) {
                throw Refusal.ofField("phone", "emergency.member.phone.invalid", problem);
            }
            phone = personalData.sealPhone(form.phone());
        }
        Long accountId = null;
        if (!form.account().isEmpty()) {
            Account account = linkable(form.account(), committee)
                    .orElseThrow(() -> Refusal.ofField("account", "emergency.member.account.unknown", form.account()));
            if (store.isMember(committee.path(), account.id())) {
                throw Refusal.ofField("account", "emergency.member.account.taken", form.account());
            }
            accountId = account.id();
        }
        long id = store.add(committee.path(), form, phone, accountId, user.username(), OffsetDateTime.now(clock));
        audit.record("EMERGENCY_MEMBER", "应急网络成员 " + form.name(), committee.path(),
                "加入" + committee.name() + "应急网络：" + form.role().label() + "，" + form.duty());
        return id;
    }

    @Transactional
    public void remove(Division committee, long id) {
        Member member = store.find(id, committee.path()).orElseThrow(() -> new NotFoundException("member " + id));
        store.remove(id);
        audit.record("EMERGENCY_MEMBER", "应急网络成员 " + member.name(), committee.path(), "移出" + committee.name() + "应急网络");
    }

    /** An enabled staff account working in or over the committee (its scope covers it, or lies inside it). */
    private Optional<Account> linkable(String username, Division committee) {
        return accounts.findByUsername(username)
                .filter(Account::enabled)
                .filter(a -> a.role() != org.linli.shared.Role.RESIDENT && a.role() != org.linli.shared.Role.DEPARTMENT_STAFF)
                .filter(a -> new DataScope(a.divisionPath()).covers(committee.path()) || a.divisionPath().startsWith(committee.path()));
    }
}
