package org.linli.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing a draft for comment: its division, its paragraphs and its deadline. */
@Service
public class Drafts {

    static final int MAX_PARAGRAPHS = 200;
    static final int MAX_PARAGRAPH_LENGTH = 5000;

    private final ConsultationStore store;
    private final Consultations consultations;
    private final AuditLog audit;
    private final Clock clock;

    Drafts(ConsultationStore store, Consultations consultations, AuditLog audit, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Splits a draft into its paragraphs: each non-blank line is one. */
    static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Publishes a draft for a division the user may ask; returns its id. */
    @Transactional
    public long publish(DraftForm form, CurrentUser user) {
        Division division = consultations.divisionsFor(user).stream().filter(d -> d.code().equals(form.division())).findFirst()
                .orElseThrow(() -> Refusal.ofField("division", "consultation.division.required"));
        List<String> paragraphs = paragraphs(form.body());
        if (paragraphs.isEmpty()) {
            throw Refusal.ofField("body", "consultation.body.required");
        }
        if (paragraphs.size() > MAX_PARAGRAPHS || paragraphs.stream().anyMatch(p -> p.length() > MAX_PARAGRAPH_LENGTH)) {
            throw Refusal.ofField("body", "consultation.body.too-long", String.valueOf(MAX_PARAGRAPHS),
                    String.valueOf(MAX_PARAGRAPH_LENGTH));
        }
        OffsetDateTime deadline = form.deadline().atZone(clock.getZone()).toOffsetDateTime();
        if (!deadline.isAfter(OffsetDateTime.now(clock))) {
            throw Refusal.ofField("deadline", "consultation.deadline.past");
        }
        return create(division, form.title(), paragraphs, deadline, user.username());
    }

    /** Adds a draft unless the division already has one of that title (the demo's draft, once). */
    @Transactional
    public void ensure(Division division, String title, List<String> paragraphs, OffsetDateTime deadline, String by) {
        if (!store.exists(division.id(), title)) {
            create(division, title, paragraphs, deadline, by);
        }
    }

    private long create(Division division, String title, List<String> paragraphs, OffsetDateTime deadline, String by) {
        long id = store.insert(division, title, paragraphs, deadline, by);
        audit.record("CONSULTATION_PUBLISH", title, division.path(),
                division.name() + "，" + paragraphs.size() + " 段，截止 " + Times.local(deadline).toString().replace('T', ' '));
        return id;
    }
}
