package org.linli.casework.internal;

import java.util.Arrays;
import java.util.Optional;

import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.notice.Notice;
import org.linli.notice.TextMessage;
import org.linli.registry.PersonalData;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells each party what a case now waits for: in the app, and the reporter by SMS. Both are events
 * ({@link Notice}, {@link TextMessage}) published in the transaction of the change, which the notice
 * module stores after it commits, so a change rolled back tells nobody.
 */
@Component
public class CaseNotices {

    private final ApplicationEventPublisher events;
    private final Divisions divisions;
    private final CaseStore store;

    CaseNotices(ApplicationEventPublisher events, Divisions divisions, CaseStore store) {
        this.events = events;
        this.divisions = divisions;
        this.store = store;
    }

    /** Publishes a notice in the transaction of the change; the notice module stores it after commit. */
    public void publish(Notice notice) {
        events.publishEvent(notice);
    }

    /** A new case: the committee is to accept it, the reporter gets the tracking code. */
    public void reported(CaseView c, PersonalData.SealedPhone phone) {
        committee(c).ifPresent(d -> publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(),
                "新诉求待受理：" + c.title() + "（" + c.categoryName() + "）", link(c))));
        if (phone != null) {
            events.publishEvent(TextMessage.sms(phone.cipher(), phone.mask(), "【邻里】您反映的问题已登记，编号 " + c.number() + "，查询码 " + c.trackingCode()
                    + "，可在“诉求进度查询”中查看办理情况。", c.divisionPath(), c.trackingCode()));
        }
    }

    void moved(CaseView c, CaseStatus to, String note) {
        String title = c.title();
        switch (to) {
            case ESCALATED -> street(c).ifPresent(d -> publish(Notice.toRole(Role.STREET_STAFF, d.id(), c.id(),
                    "社区上报街道，请协调处置：" + title, link(c))));
            case ACCEPTED -> committee(c).ifPresent(d -> publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(),
                    "诉求由社区办理：" + title, link(c))));
            case VERIFYING -> committee(c).ifPresent(d -> publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(),
                    "办理完毕，请核查：" + title, link(c))));
            case REWORK -> committee(c).ifPresent(d -> publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(),
                    "核查未通过，需返工：" + title + (note == null ? "" : "（" + note + "）"), link(c))));
            case REOPENED -> committee(c).ifPresent(d -> publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(),
                    "诉求被重新打开：" + title + (note == null ? "" : "（" + note + "）"), link(c))));
            case CLOSED -> toReporter(c, "您反映的问题“" + title + "”已办结，请对办理结果进行评价。");
            case REJECTED -> toReporter(c, "您反映的问题“" + title + "”不予受理：" + note);
            default -> {
            }
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
        }
    }

    private void toReporter(CaseView c, String text) {
        if (c.reporterAccountId() != null) {
            publish(Notice.toAccount(c.reporterAccountId(), c.id(), text, "/track/" + c.trackingCode()));
        }
        store.reporterPhone(c.id())
                .ifPresent(s -> events.publishEvent(TextMessage.sms(s.cipher(), s.mask(), "【邻里】" + text + "查询码 " + c.trackingCode() + "。",
                        c.divisionPath(), c.trackingCode())));
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

    private Optional<Division> segment(String path, int length) {
        return Arrays.stream(path.split("/")).filter(s -> s.length() == length).findFirst().flatMap(divisions::findByCode);
    }
}
