package org.linli.benefits.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.registry.ResidentRules;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District administrators write their region's catalogue: a new benefit, a draft of a rule (checked
 * by the registry's rule compiler, refused on field {@code rule} at the error's position), and its
 * publishing from a day, today or later. A published version is never changed; every change is
 * audited. Matching after publishing is the matching package's ({@code Publishing}).
 */
@Service
public class CatalogueEditing {

    private final CatalogueStore store;
    private final Catalogue catalogue;
    private final ResidentRules rules;
    private final AuditLog audit;
    private final Clock clock;

    CatalogueEditing(CatalogueStore store, Catalogue catalogue, ResidentRules rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new benefit of the administrator's own region, its rule saved as the draft of version 1. */
    @Transactional
    public Benefit add(NewBenefit command, CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("benefits");
        }
        rules.compile(command.rule(), user);
        String code = command.code().strip();
        if (store.codeTaken(code)) {
            throw Refusal.ofField("code", "benefits.catalogue.code.taken", code);
        }
        String region = user.scope().path();
        Benefit benefit = create(new Benefit(0, code, command.name().strip(), region, command.kind(), blank(command.amount()),
                blank(command.basis()), blank(command.authority()), store.countInRegion(region) + 1, OffsetDateTime.now(clock),
                user.username()));
        store.saveDraft(benefit.id(), command.rule().strip(), OffsetDateTime.now(clock), user.username());
        audit.record("BENEFIT_CREATE", benefit.name(), region, "新增惠民政策：" + benefit.name() + "（" + code + "）");
        return benefit;
    }

    /** Saves the rule as the benefit's draft, new or over the previous draft. */
    @Transactional
    public RuleVersion saveDraft(long benefitId, RuleDraft command, CurrentUser user) {
        Benefit benefit = catalogue.editable(benefitId, user);
        String source = command.rule().strip();
        rules.compile(source, user);
        store.saveDraft(benefit.id(), source, OffsetDateTime.now(clock), user.username());
        RuleVersion draft = store.draft(benefit.id()).orElseThrow();
        audit.record("BENEFIT_RULE_DRAFT", benefit.name(), benefit.regionPath(),
                "保存规则草稿 第 %d 版：%s".formatted(draft.version(), source));
        return draft;
    }

    /**
     * Publishes the draft previewed as {@code version} from its effective date; refused when the date
     * has passed or the draft is gone or renumbered (someone published it meanwhile).
     */
    @Transactional
    public RuleVersion publish(long benefitId, Publication command, CurrentUser user) {
        Benefit benefit = catalogue.editable(benefitId, user);
        LocalDate today = LocalDate.now(clock);
        if (command.effectiveFrom().isBefore(today)) {
            throw Refusal.ofField("effectiveFrom", "benefits.rule.effective-from.past", today);
        }
        RuleVersion draft = store.draft(benefit.id()).filter(d -> d.version() == command.version())
                .orElseThrow(() -> Refusal.of("benefits.rule.no-draft", command.version()));
        rules.compile(draft.source(), user);
        if (!store.publish(draft.id(), command.effectiveFrom(), OffsetDateTime.now(clock), user.username())) {
            throw Refusal.of("benefits.rule.no-draft", command.version());
        }
        audit.record("BENEFIT_RULE_PUBLISH", benefit.name(), benefit.regionPath(),
                "发布规则 第 %d 版，%s 起施行：%s".formatted(draft.version(), command.effectiveFrom(), draft.source()));
        return store.inForce(benefit.id(), command.effectiveFrom()).orElseThrow();
    }

    /**
     * A benefit of a standard catalogue for a region, its rule published as version 1 from {@code from}
     * (the module's seed; the caller has checked the region has none of it yet).
     */
    @Transactional
    public Benefit seed(StandardBenefit standard, String regionPath, LocalDate from, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Benefit benefit = create(new Benefit(0, standard.code(), standard.name(), regionPath, standard.kind(), standard.amount(),
                standard.basis(), standard.authority(), standard.sort(), now, actor));
        rules.compile(standard.rule(), SystemAuthor.of(benefit));
        long rule = store.saveDraft(benefit.id(), standard.rule(), now, actor);
        store.publish(rule, from, now, actor);
        audit.recordAs(actor, "BENEFIT_CREATE", benefit.name(), regionPath,
                "载入惠民政策：%s，规则第 1 版 %s 起施行：%s".formatted(benefit.name(), from, standard.rule()));
        return benefit;
    }

    private Benefit create(Benefit benefit) {
        long id = store.insert(benefit);
        return store.find(id).orElseThrow();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
