package org.linli.deliberation.topics;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Board;
import org.linli.deliberation.Implementation;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the stages of an admitted topic's procedure in order. A resolution is on record when a
 * meeting with quorum passed the topic; a disclosure stage posts its record on the committee's
 * board as it closes, and the last one (the implementation result) lists every task, all done.
 */
@Service
public class Stages {

    private final Topics topics;
    private final TopicStore store;
    private final Implementation implementation;
    private final Board board;
    private final AuditLog audit;
    private final Clock clock;

    Stages(Topics topics, TopicStore store, Implementation implementation, Board board, AuditLog audit, Clock clock) {
        this.topics = topics;
        this.store = store;
        this.implementation = implementation;
        this.board = board;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes the topic's open stage with its record; the procedure decides whether it may. */
    @Transactional
    public void close(long id, int stage, CloseStage close, CurrentUser user) {
        Topic t = topics.get(id, user);
        if (t.status() != TopicStatus.ADMITTED || t.procedure() == null) {
            throw Refusal.of("deliberation.stage.not-admitted");
        }
        boolean disclosing = stage == t.stage() && t.openStage() != null
                && t.openStage().requirement() == Procedure.Requirement.DISCLOSURE;
        if (disclosing && close.record().length() < 5) {
            throw Refusal.ofField("record", "deliberation.stage.posting");
        }
        int next = t.procedure().close(t.stage(), stage, user.role(),
                new Procedure.Evidence(close.record(), store.resolutionPassed(id), disclosing));
        if (disclosing) {
            boolean result = stage == t.procedure().stages().size() - 1;
            String text = result ? implementation.resultText(id, close.record()) : close.record();
            String heading = t.procedure().stages().get(stage).name() + "：" + t.title();
            store.disclosed(id, board.post(t.committeeId(), t.id(), heading, text, user.username()));
        }
        store.closeStage(t, stage, close.record().isEmpty() ? null : close.record(), next, user.username(),
                OffsetDateTime.now(clock));
        audit.record("TOPIC_STAGE", t.title(), t.divisionPath(), t.procedure().stages().get(stage).name());
    }
}
