package org.linli.casework.internal;

import java.util.Arrays;
import java.util.Optional;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.notice.Notice;
import org.linli.notice.TextMessage;
import org.linli.registry.PersonalData;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells each party what a case now waits for: in the app, and the reporter by SMS. Both are events
 * ({@link Notice}, {@link TextMessage}) published in the transaction of the change, which the notice
 * module stores after it commits, so a change rolled back tells nobody. Nobody is told of their own
 * step: a notice to a team the actor belongs to goes to each of the others by name instead
 * ({@link #toTeam}). Texts are joined by {@link Sentences}, so a note's own full stop is not doubled.
 */
@Component
public class CaseNotices {

    private final ApplicationEventPublisher events;
    private final Divisions divisions;
    private final Accounts accounts;
    private final CaseStore store;

    CaseNotices(ApplicationEventPublisher events, Divisions divisions, Accounts accounts, CaseStore store) {
        this.events = events;
        this.divisions = divisions;
        this.accounts = accounts;
        this.store = store;
    }

    /** Publishes a notice in the transaction of the change; the notice module stores it after commit. */
    public void publish(Notice notice) {
        events.publishEvent(notice);
    }

    /**
     * A new case: the committee is to accept it, the grid workers of the grid it lies in may take
     * it, the reporter gets the tracking code. {@code actor} (who registered it) is not told.
     */
    public void reported(CaseView c, PersonalData.SealedPhone phone, Long actor) {
        committee(c).ifPresent(d -> toTeam(Role.COMMUNITY_WORKER, d, c, "新诉求待受理：" + c.title() + "（" + c.categoryName() + "）", actor));
        grid(c).ifPresent(g -> toTeam(Role.GRID_WORKER, g, c, "本网格新诉求，可接单办理：" + c.title(), actor));
        if (phone != null) {
            events.publishEvent(TextMessage.sms(phone.cipher(), phone.mask(), "【邻里】您反映的问题已登记，编号 " + c.number() + "，查询码 " + c.trackingCode()
                    + "，可在“诉求进度查询”中查看办理情况。", c.divisionPath(), c.trackingCode()));
        }
    }

    void moved(CaseView c, CaseStatus to, String note, Long actor) {
        String title = c.title();
        switch (to) {
            case ESCALATED -> street(c).ifPresent(d -> toTeam(Role.STREET_STAFF, d, c, "社区上报街道，请协调处置：" + title, actor));
            case ACCEPTED -> committee(c).ifPresent(d -> toTeam(Role.COMMUNITY_WORKER, d, c, "诉求由社区办理：" + title, actor));
            case VERIFYING -> committee(c).ifPresent(d -> toTeam(Role.COMMUNITY_WORKER, d, c,
                    (c.status() == CaseStatus.HANDLING ? "网格员办理完毕，请核查：" : "办理完毕，请核查：") + title, actor));
            case REWORK -> {
                String text = Sentences.withReason("核查未通过，需返工：" + title, note);
                if (c.handlerId() != null) {
                    // Rework goes back to the grid worker who handled it.
                    toAccount(c.handlerId(), c, text, actor);
                } else {
                    committee(c).ifPresent(d -> toTeam(Role.COMMUNITY_WORKER, d, c, text, actor));
                }
            }
            case REOPENED -> committee(c).ifPresent(d -> toTeam(Role.COMMUNITY_WORKER, d, c,
                    Sentences.withReason("诉求被重新打开：" + title, note), actor));
            case CLOSED -> toReporter(c, "您反映的问题“" + title + "”已办结，请对办理结果进行评价。");
            case REJECTED -> toReporter(c, Sentences.end("您反映的问题“" + title + "”不予受理：" + Sentences.strip(note)));
            default -> {
            }
        }
    }

    /** A case dispatched to a grid: to the grid worker named, or to every grid worker of the grid. */
    void dispatched(CaseView c, Division grid, Long worker, String due, Long actor) {
        String text = "新派单，请接单办理：" + c.title() + "（" + due + " 前办结反馈）";
        if (worker != null) {
            toAccount(worker, c, text, actor);
        } else {
            toTeam(Role.GRID_WORKER, grid, c, text, actor);
        }
    }

    void summoned(CaseView c, long departmentId, boolean leading) {
        publish(Notice.toDepartment(departmentId, c.id(), "街道吹哨（" + (leading ? "牵头" : "协办") + "），请及时报到：" + c.title(), link(c)));
    }

    void reportedBack(CaseView c, String department) {
        street(c).ifPresent(d -> publish(Notice.toRole(Role.STREET_STAFF, d.id(), c.id(), department + " 已反馈：" + c.title(), link(c))));
    }

    void overdue(CaseView c, String what, Long departmentId) {
        String text = "已超时（" + what + "）：" + c.title();
        if (departmentId != null) {
            publish(Notice.toDepartment(departmentId, c.id(), text, link(c)));
            street(c).ifPresent(d -> publish(Notice.toRole(Role.STREET_STAFF, d.id(), c.id(), text, link(c))));
        } else {
            committee(c).ifPresent(d -> publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(), text, link(c))));
            if (c.handlerId() != null && (c.status() == CaseStatus.DISPATCHED || c.status() == CaseStatus.HANDLING)) {
                publish(Notice.toAccount(c.handlerId(), c.id(), text, link(c)));
            }
        }
    }

    private void toReporter(CaseView c, String text) {
        if (c.reporterAccountId() != null) {
            publish(Notice.toAccount(c.reporterAccountId(), c.id(), text, "/track/" + c.trackingCode()));
        }
        store.reporterPhone(c.id())
                .ifPresent(s -> events.publishEvent(TextMessage.sms(s.cipher(), s.mask(), "【邻里】" + Sentences.end(text) + "查询码 "
                        + c.trackingCode() + "。", c.divisionPath(), c.trackingCode())));
    }

    private void toAccount(long account, CaseView c, String text, Long actor) {
        if (actor == null || account != actor) {
            publish(Notice.toAccount(account, c.id(), text, link(c)));
        }
    }

    /**
     * To everyone of a role at a division, except the actor: when the actor is one of them, each of
     * the others is told by name (a team is a handful of people), so the one who acted is not.
     */
    private void toTeam(Role role, Division d, CaseView c, String text, Long actor) {
        Optional<Account> me = actor == null ? Optional.empty()
                : accounts.byIds(java.util.List.of(actor)).stream().filter(a -> a.role() == role && a.divisionId() == d.id()).findFirst();
        if (me.isEmpty()) {
            publish(Notice.toRole(role, d.id(), c.id(), text, link(c)));
            return;
        }
        accounts.list(new DataScope(d.path()), "", role, 0, 200).stream()
                .filter(a -> a.divisionId() == d.id() && a.id() != actor && a.enabled())
                .forEach(a -> publish(Notice.toAccount(a.id(), c.id(), text, link(c))));
    }

    private static String link(CaseView c) {
        return "/cases/" + c.id();
    }

    /** The committee (12-digit code) and street (9-digit code) on the case's path. */
    public Optional<Division> committee(CaseView c) {
        return segment(c.divisionPath(), 12);
    }

    public Optional<Division> street(CaseView c) {
        return segment(c.divisionPath(), 9);
    }

    /** The grid (15-digit code) the case lies in, if it lies in one. */
    public Optional<Division> grid(CaseView c) {
        return segment(c.divisionPath(), 15);
    }

    private Optional<Division> segment(String path, int length) {
        return Arrays.stream(path.split("/")).filter(s -> s.length() == length).findFirst().flatMap(divisions::findByCode);
    }
}
