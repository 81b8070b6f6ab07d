package org.linli.workitems.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district administrator edits the district's list as a draft (a new draft starts from the
 * version in force) and publishes it from a day, today or later. A published version never
 * changes. Everyone else in the district reads only (403). Every change is audited.
 */
@Service
public class WorkListEditing {

    private final WorkListStore store;
    private final WorkLists lists;
    private final AuditLog audit;
    private final Clock clock;

    WorkListEditing(WorkListStore store, WorkLists lists, AuditLog audit, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.audit = audit;
        this.clock = clock;
    }

    /** The district the user administers; 403 for anyone else in it. */
    String administered(CurrentUser user) {
        String district = lists.districtOf(user);
        if (!WorkLists.editableBy(user, district)) {
            throw new AccessDeniedException("only the district's administrators edit its lists");
        }
        return district;
    }

    /** The draft of the list, made from the version in force when there is none. */
    @Transactional
    public WorkList draft(ListKind kind, CurrentUser user) {
        return draftOf(administered(user), kind, user.username(), true);
    }

    WorkList draftOf(String district, ListKind kind, String by, boolean copyInForce) {
        store.lock(district, kind);
        return store.draft(district, kind).orElseGet(() -> {
            WorkList draft = store.insertDraft(district, kind, OffsetDateTime.now(clock), by);
            if (copyInForce) {
                store.inForce(district, kind, LocalDate.now(clock)).filter(l -> l.regionPath().equals(district))
                        .ifPresent(in -> store.copyEntries(in.id(), draft.id()));
            }
            return draft;
        });
    }

    @Transactional
    public ListEntry addEntry(ListKind kind, EntryForm entry, CurrentUser user) {
        WorkList draft = draft(kind, user);
        long id = store.insertEntry(draft.id(), store.countEntries(draft.id()) + 1, entry);
        audited(draft, "WORK_LIST_ENTRY_ADD", "新增事项：" + entry.title().strip());
        return store.entry(id).orElseThrow();
    }

    @Transactional
    public void editEntry(ListKind kind, long entryId, EntryForm entry, CurrentUser user) {
        WorkList draft = draftEntry(kind, entryId, user);
        store.updateEntry(entryId, entry);
        audited(draft, "WORK_LIST_ENTRY_EDIT", "修改事项：" + entry.title().strip());
    }

    @Transactional
    public void deleteEntry(ListKind kind, long entryId, CurrentUser user) {
        WorkList draft = draftEntry(kind, entryId, user);
        ListEntry gone = store.entry(entryId).orElseThrow();
        store.deleteEntry(entryId);
        store.renumber(draft.id(), List.of());
        audited(draft, "WORK_LIST_ENTRY_DELETE", "删除事项：" + gone.title());
    }

    /** Moves an entry one place up (-1) or down (+1) in the draft. */
    @Transactional
    public void move(ListKind kind, long entryId, int by, CurrentUser user) {
        WorkList draft = draftEntry(kind, entryId, user);
        List<Long> order = new ArrayList<>(store.entries(draft.id()).stream().map(ListEntry::id).toList());
        int at = order.indexOf(entryId);
        int to = Math.max(0, Math.min(order.size() - 1, at + Integer.signum(by)));
        order.add(to, order.remove(at));
        store.renumber(draft.id(), order);
    }

    /**
     * Publishes the draft seen as {@code version} from its effective date; refused when the date
     * has passed, the draft has no entries, or it is gone or renumbered (published meanwhile).
     */
    @Transactional
    public WorkList publish(ListKind kind, Publication command, CurrentUser user) {
        String district = administered(user);
        LocalDate today = LocalDate.now(clock);
        if (command.effectiveFrom().isBefore(today)) {
            throw Refusal.ofField("effectiveFrom", "workitems.list.effective-from.past", today);
        }
        store.lock(district, kind);
        WorkList draft = store.draft(district, kind).filter(d -> d.version() == command.version())
                .orElseThrow(() -> Refusal.of("workitems.list.no-draft", command.version()));
        if (store.countEntries(draft.id()) == 0) {
            throw Refusal.of("workitems.list.empty");
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (!store.publish(draft.id(), command.effectiveFrom(), note, OffsetDateTime.now(clock), user.username())) {
            throw Refusal.of("workitems.list.no-draft", command.version());
        }
        audited(draft, "WORK_LIST_PUBLISH", "发布第 %d 版，%s 起施行".formatted(draft.version(), command.effectiveFrom()));
        return store.find(draft.id()).orElseThrow();
    }

    /**
     * A list published for a district as version 1 from {@code from}, unless the district already
     * has any version of it (the demo's seed, run on every start). Returns whether it was added.
     */
    @Transactional
    public boolean seed(String district, ListKind kind, LocalDate from, List<EntryForm> entries, String actor) {
        store.lock(district, kind);
        if (!store.versions(district, kind).isEmpty()) {
            return false;
        }
        WorkList draft = draftOf(district, kind, actor, false);
        int number = 1;
        for (EntryForm entry : entries) {
            store.insertEntry(draft.id(), number++, entry);
        }
        store.publish(draft.id(), from, "载入", OffsetDateTime.now(clock), actor);
        audit.recordAs(actor, "WORK_LIST_PUBLISH", kind.label(), district,
                "载入%s第 1 版（%d 项），%s 起施行".formatted(kind.label(), entries.size(), from));
        return true;
    }

    /** The draft holding the entry, for its administrator; 404 for an entry of no draft of theirs. */
    private WorkList draftEntry(ListKind kind, long entryId, CurrentUser user) {
        String district = administered(user);
        WorkList draft = store.draft(district, kind).orElseThrow(() -> new NotFoundException("draft " + kind));
        ListEntry entry = store.entry(entryId).orElseThrow(() -> new NotFoundException("entry " + entryId));
        if (entry.listId() != draft.id()) {
            throw new NotFoundException("entry " + entryId);
        }
        return draft;
    }

    private void audited(WorkList list, String action, String detail) {
        audit.record(action, list.kind().label() + " 第 " + list.version() + " 版", list.regionPath(), detail);
    }
}
