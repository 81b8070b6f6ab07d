package org.linli.linkage.organisations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community social organisations filed (备案) with the street: the committee's workers submit one,
 * the street's staff accept it (it gets a filing number) or send it back with a reason, and a
 * returned filing is corrected and submitted again. Every step is audited.
 */
@Service
public class Filings {

    public static final int PAGE = 20;

    private final FilingStore store;
    private final LinkageCommittees committees;
    private final AuditLog audit;
    private final Clock clock;

    Filings(FilingStore store, LinkageCommittees committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Organisation> page(CurrentUser user, FilingStatus status, OrganisationKind kind, int page) {
        String s = status == null ? null : status.name();
        String k = kind == null ? null : kind.name();
        return Page.of(store.page(user.scope(), s, k, Page.offset(page, PAGE), PAGE), store.count(user.scope(), s, k),
                Math.max(0, page), PAGE);
    }

    public Organisation get(long id, CurrentUser user) {
        return store.find(id, user.scope()).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    /** The committee's filed organisations: the partners its projects may name. */
    public List<Organisation> filed(Division committee) {
        return store.filed(committee.path());
    }

    /** Whether the user decides filings: the street's staff. */
    public static boolean decides(CurrentUser user) {
        return user.role() == Role.STREET_STAFF;
    }

    @Transactional
    public long submit(OrganisationForm form, CurrentUser user) {
        Division committee = committees.own(user);
        if (store.nameTaken(committee.id(), form.name(), 0)) {
            throw Refusal.ofField("name", "linkage.organisation.name.taken", form.name().strip());
        }
        long id = store.insert(committee.id(), committee.path(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("LINKAGE_FILING", "linkage-organisation-" + id, committee.path(), "提交备案：" + form.name().strip());
        return id;
    }

    @Transactional
    public void resubmit(long id, OrganisationForm form, CurrentUser user) {
        Division committee = committees.own(user);
        Organisation o = get(id, user);
        if (!o.committeePath().equals(committee.path())) {
            throw new NotFoundException("organisation " + id + " of another committee");
        }
        if (store.nameTaken(committee.id(), form.name(), id)) {
            throw Refusal.ofField("name", "linkage.organisation.name.taken", form.name().strip());
        }
        if (!store.resubmit(id, form, user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("linkage.organisation.not-returned");
        }
        audit.record("LINKAGE_FILING", "linkage-organisation-" + id, committee.path(), "重新提交备案：" + form.name().strip());
    }

    /** The street accepts a waiting filing and gives it the street's next number of the year. */
    @Transactional
    public String accept(long id, CurrentUser user) {
        Organisation o = decidable(id, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String prefix = user.scope().path().replaceAll(".*/([^/]+)/$", "$1") + "-" + now.getYear() + "-";
        String number = prefix + String.format("%03d", store.numbered(prefix) + 1);
        if (!store.accept(id, number, user.username(), now)) {
            throw Refusal.of("linkage.organisation.decided-already");
        }
        audit.record("LINKAGE_FILING", "linkage-organisation-" + id, o.committeePath(), "准予备案：" + o.name() + "，编号 " + number);
        return number;
    }

    @Transactional
    public void sendBack(long id, String reason, CurrentUser user) {
        Organisation o = decidable(id, user);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Refusal.ofField("reason", "linkage.organisation.reason.required");
        }
        if (why.length() > 400) {
            throw Refusal.ofField("reason", "linkage.organisation.reason.size");
        }
        if (!store.sendBack(id, why, user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("linkage.organisation.decided-already");
        }
        audit.record("LINKAGE_FILING", "linkage-organisation-" + id, o.committeePath(), "退回备案：" + o.name() + "，理由：" + why);
    }

    private Organisation decidable(long id, CurrentUser user) {
        Organisation o = get(id, user);
        if (!decides(user)) {
            throw new NotFoundException("filings are decided by the street");
        }
        return o;
    }
}
