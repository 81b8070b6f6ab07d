package org.linli.linkage.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.linkage.funds.FundEntryForm.Direction;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.linkage.projects.Project;
import org.linli.linkage.projects.Projects;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community fund's ledger (社区基金): the committee's workers enter donations and spending,
 * each for a project of the committee; spending more than the balance is refused; nothing is ever
 * edited — a mistake is corrected by a reversing entry with its reason. Every entry is audited.
 * The same ledger is published on a public page.
 */
@Service
public class Fund {

    public static final int PAGE = 30;

    private final FundStore store;
    private final LinkageCommittees committees;
    private final Projects projects;
    private final AuditLog audit;
    private final Clock clock;

    Fund(FundStore store, LinkageCommittees committees, Projects projects, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** A committee's ledger, for staff and for the public page alike (the caller has checked who may read it). */
    public Ledger ledger(Division committee, int page) {
        BigDecimal[] totals = store.totals(committee.id());
        return new Ledger(Page.of(store.page(committee.id(), Page.offset(page, PAGE), PAGE), store.count(committee.id()),
                Math.max(0, page), PAGE), totals[0], totals[1], store.perProject(committee.id()));
    }

    @Transactional
    public long enter(FundEntryForm form, CurrentUser user) {
        Division committee = committees.own(user);
        if (form.onDate().isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("onDate", "linkage.date.future");
        }
        if (form.direction() == Direction.OUT && form.projectId() == null) {
            throw Refusal.ofField("projectId", "linkage.fund.project.required");
        }
        if (form.projectId() != null) {
            Project project = projects.get(form.projectId(), user);
            if (!project.committeePath().equals(committee.path())) {
                throw Refusal.ofField("projectId", "linkage.fund.project.unknown");
            }
        }
        store.lock(committee.id());
        BigDecimal balance = store.balance(committee.id());
        if (form.direction() == Direction.OUT && form.amount().compareTo(balance) > 0) {
            throw Refusal.ofField("amount", "linkage.fund.overdrawn", balance.toPlainString());
        }
        long id = store.insert(committee.id(), committee.path(), form.direction(), form.amount(), form.onDate(), form.party().strip(),
                form.partyKind(), form.purpose().strip(), form.projectId(), null, null, user.username(), OffsetDateTime.now(clock));
        audit.record("LINKAGE_FUND", "linkage-fund-" + id, committee.path(),
                form.direction().label() + " " + form.amount().toPlainString() + " 元：" + form.purpose().strip());
        return id;
    }

    /** Corrects an entry by a reversing one dated today, with the reason; an entry is reversed once. */
    @Transactional
    public long reverse(long entryId, String reason, CurrentUser user) {
        Division committee = committees.own(user);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Refusal.ofField("reason", "linkage.fund.reason.required");
        }
        if (why.length() > 400) {
            throw Refusal.ofField("reason", "linkage.fund.reason.size");
        }
        store.lock(committee.id());
        FundEntry entry = store.find(entryId, committee.id()).orElseThrow(() -> new NotFoundException("fund entry " + entryId));
        if (!entry.reversible()) {
            throw Refusal.of("linkage.fund.reversed-already");
        }
        if (entry.direction() == Direction.IN && entry.amount().compareTo(store.balance(committee.id())) > 0) {
            throw Refusal.of("linkage.fund.reversal.overdrawn");
        }
        long id = store.insert(committee.id(), committee.path(), entry.direction(), entry.amount().negate(), LocalDate.now(clock),
                entry.party(), entry.partyKind(), entry.purpose(), entry.projectId(), entry.id(), why, user.username(),
                OffsetDateTime.now(clock));
        audit.record("LINKAGE_FUND", "linkage-fund-" + id, committee.path(),
                "冲正第 " + entry.id() + " 笔（" + entry.amount().toPlainString() + " 元）：" + why);
        return id;
    }
}
