package org.linli.casework.internal;

import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.registry.PersonalData;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plain moves a handler makes with a button (accept, escalate, verify, close, …), and calling the reporter back. */
@Service
public class CaseMoves {

    private final CaseReads reads;
    private final CaseRecords records;
    private final CaseStore store;
    private final PersonalData personal;
    private final AuditLog audit;
    private final GridWork grid;

    CaseMoves(CaseReads reads, CaseRecords records, CaseStore store, PersonalData personal, AuditLog audit, GridWork grid) {
        this.grid = grid;
        this.reads = reads;
        this.records = records;
        this.store = store;
        this.personal = personal;
        this.audit = audit;
    }

    /** The moves the user may make here with a plain button (not summons, reports or ratings). */
    public List<CaseStatus> plainMoves(CaseView c, CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF || !GridWork.holds(c, user)) {
            return List.of();
        }
        return c.status().next().stream()
                .filter(s -> c.status().mayMoveTo(s, user.role()) && !c.status().compound(s, user.role()))
                .sorted().toList();
    }

    /** Moves a case, if the user's role may make that move from its status, and logs it. */
    @Transactional
    public void move(long id, Move move, CurrentUser user) {
        CaseView c = reads.get(id, user);
        if (user.role() == Role.DEPARTMENT_STAFF) {
            throw Refusal.of("casework.move.department-acts-by-summons");
        }
        CaseStatus target = move.to();
        c.status().requireTransition(target, user.role());
        if (!GridWork.holds(c, user)) {
            throw Refusal.of("casework.take.not-yours");
        }
        if (c.status().compound(target, user.role())) {
            throw Refusal.of(target == CaseStatus.SUMMONED ? "casework.move.summon-needs-departments"
                    : target == CaseStatus.DISPATCHED ? "casework.dispatch.grid-required"
                    : target == CaseStatus.HANDLING ? "casework.take.by-button" : "casework.move.compound");
        }
        if (CaseStatus.needsNote(target) && move.note().isEmpty()) {
            throw Refusal.ofField("note", "casework.move.reason-required", target.label());
        }
        Photo.check(move.photos());
        long logId = records.transition(c, target, move.note().isEmpty() ? null : move.note(), user.username(), user.role(), null);
        records.savePhotos(id, logId, move.photos(), user.username());
        grid.released(c, target);
        audit.record("CASE_MOVE", c.number() + " " + c.title(), c.divisionPath(), c.status().label() + " → " + target.label());
    }

    /** Whether the role may see a reporter's whole number (to call back), and so find cases by it. */
    public static boolean mayRevealPhone(Role role) {
        return role != Role.GRID_WORKER && role != Role.RESIDENT;
    }

    /** The reporter's whole phone number for a handler who must call back; every reveal is audited. */
    @Transactional
    public String revealReporterPhone(long id, CurrentUser user) {
        CaseView c = reads.get(id, user);
        if (!mayRevealPhone(user.role()) || c.reporterPhoneMask() == null) {
            throw new NotFoundException("reporter phone of case " + id);
        }
        CaseStore.SealedPhone sealed = store.reporterPhone(id).orElseThrow(() -> new NotFoundException("reporter phone of case " + id));
        audit.record("CASE_REPORTER_REVEAL", c.number(), c.divisionPath(), c.reporterPhoneMask());
        return personal.open(sealed.cipher());
    }
}
