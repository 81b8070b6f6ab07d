package org.linli.emergency.mobilisation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.emergency.network.Network;
import org.linli.notice.Notice;
import org.linli.notice.TextMessage;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declaring an emergency for a place and ending it. The committee or the street declares (audited);
 * the committee's network is told at once, in the app or by SMS; while it lasts its members see the
 * contacts of the residents below the place who need help to leave.
 */
@Service
public class Declarations {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeclarationStore store;
    private final Divisions divisions;
    private final Network network;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Declarations(DeclarationStore store, Divisions divisions, Network network, AuditLog audit, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.network = network;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user declares and ends emergencies: the committee's workers and the street's staff. */
    public static boolean mayDeclare(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.STREET_STAFF;
    }

    @Transactional
    public long declare(Division committee, DeclarationForm form, CurrentUser user) {
        if (!mayDeclare(user)) {
            throw new NotFoundException("declaration");
        }
        Division place = divisions.find(form.place(), user.scope())
                .filter(p -> p.path().startsWith(committee.path()))
                .filter(p -> p.level() == Level.COMMITTEE || p.isPlace())
                .orElseThrow(() -> Refusal.ofField("place", "emergency.declaration.place.outside"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime starts = form.startsAt() == null ? now : at(form.startsAt());
        OffsetDateTime ends = at(form.endsAt());
        if (!ends.isAfter(starts)) {
            throw Refusal.ofField("endsAt", "emergency.declaration.ends-at.before-start");
        }
        if (!ends.isAfter(now)) {
            throw Refusal.ofField("endsAt", "emergency.declaration.ends-at.past");
        }
        long id = store.declare(committee.path(), place, form.kind(), starts, ends, user.username(), now);
        String span = SHOWN.format(form.startsAt() == null ? LocalDateTime.now(clock) : form.startsAt()) + " 至 " + SHOWN.format(form.endsAt());
        audit.record("EMERGENCY_DECLARE", "应急状态 " + form.kind().label() + "：" + place.name(), place.path(),
                "宣布" + form.kind().label() + "应急状态，" + span + "，向应急网络公开转移名单联系方式");
        tell(committee, "【邻里应急】" + place.name() + "宣布" + form.kind().label() + "应急状态（" + span
                + "），请查看转移名单，逐一联系需协助转移的居民。");
        return id;
    }

    @Transactional
    public void end(Division committee, long id, CurrentUser user) {
        if (!mayDeclare(user)) {
            throw new NotFoundException("declaration " + id);
        }
        Declaration declaration = get(committee, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (declaration.endedAt() != null || !now.isBefore(declaration.endsAt())) {
            throw Refusal.of("emergency.declaration.over");
        }
        store.end(id, user.username(), now);
        audit.record("EMERGENCY_END", "应急状态 " + declaration.kind().label() + "：" + declaration.placeName(),
                declaration.placePath(), "结束应急状态，转移名单联系方式恢复隐藏");
        tell(committee, "【邻里应急】" + declaration.placeName() + "的" + declaration.kind().label() + "应急状态已结束。");
    }

    public Declaration get(Division committee, long id) {
        return store.find(id, committee.path()).orElseThrow(() -> new NotFoundException("declaration " + id));
    }

    public List<Declaration> list(Division committee, int page, int size) {
        return store.list(committee.path(), size, page * size);
    }

    public long count(Division committee) {
        return store.count(committee.path());
    }

    /** The committee's declarations in force now, the earliest first. */
    public List<Declaration> active(Division committee) {
        return store.active(committee.path(), OffsetDateTime.now(clock));
    }

    private void tell(Division committee, String text) {
        String link = "/emergency/mobilisation?committee=" + committee.id();
        Network.Recipients recipients = network.recipients(committee.path());
        recipients.accountIds().forEach(a -> events.publishEvent(Notice.toAccount(a, null, text, link)));
        recipients.phones().forEach(p -> events.publishEvent(TextMessage.sms(p.cipher(), p.mask(), text, committee.path(), null)));
    }

    private OffsetDateTime at(LocalDateTime local) {
        return local.atZone(clock.getZone()).toOffsetDateTime();
    }
}
