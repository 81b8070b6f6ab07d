package org.linli.workitems.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list from an Excel file into the district's draft (made new, or emptied first): good
 * rows become its entries, ordered by 序号; bad rows come back with their row number and reason.
 * One transaction: an import that fails leaves the draft as it was. Nothing applies until published.
 */
@Service
public class WorkListImport {

    private final WorkListEditing editing;
    private final WorkListStore store;
    private final AuditLog audit;
    private final MessageSource messages;

    WorkListImport(WorkListEditing editing, WorkListStore store, AuditLog audit, MessageSource messages) {
        this.editing = editing;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    /** A row not imported: its number in the file and why. */
    public record Problem(int line, String reason) implements java.io.Serializable {
    }

    /** How many rows the file had, how many became entries of the draft (its version), and the rows refused. */
    public record Result(int rows, int imported, int draftVersion, List<Problem> problems) implements java.io.Serializable {
    }

    private record Good(int order, EntryForm entry) {
    }

    @Transactional
    public Result run(ListKind kind, String fileName, byte[] content, CurrentUser user) {
        editing.administered(user);
        List<ListRows.Line> lines;
        try {
            lines = ListRows.read(content);
        } catch (ListRows.Unreadable e) {
            throw Refusal.ofField("file", e.key, e.detail);
        }
        if (lines.isEmpty()) {
            throw Refusal.ofField("file", "workitems.list.import.no-rows");
        }
        List<Good> good = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ListRows.Line line : lines) {
            List<String> wrong = check(line);
            if (wrong.isEmpty()) {
                String n = line.get(ListRows.NUMBER);
                good.add(new Good(n.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(n), new EntryForm(line.get(ListRows.TITLE),
                        line.get(ListRows.CONTENT), line.get(ListRows.BASIS), line.get(ListRows.AUTHORITY), line.get(ListRows.KEYWORDS))));
            } else {
                problems.add(new Problem(line.number(), String.join("；", wrong)));
            }
        }
        if (good.isEmpty()) {
            return new Result(lines.size(), 0, 0, problems);
        }
        WorkList draft = editing.draftOf(editing.administered(user), kind, user.username(), false);
        store.deleteEntries(draft.id());
        int number = 1;
        for (Good g : good.stream().sorted(Comparator.comparingInt(Good::order)).toList()) {
            store.insertEntry(draft.id(), number++, g.entry());
        }
        audit.record("WORK_LIST_IMPORT", kind.label() + " 第 " + draft.version() + " 版：" + fileName, draft.regionPath(),
                "共 %d 行：导入 %d，有误 %d".formatted(lines.size(), good.size(), problems.size()));
        return new Result(lines.size(), good.size(), draft.version(), problems);
    }

    private List<String> check(ListRows.Line line) {
        List<String> wrong = new ArrayList<>();
        String number = line.get(ListRows.NUMBER);
        if (!number.isEmpty() && !number.matches("[1-9]\\d{0,5}")) {
            wrong.add(text("workitems.list.import.number", number));
        }
        required(line, ListRows.TITLE, 200, wrong);
        required(line, ListRows.BASIS, 400, wrong);
        required(line, ListRows.AUTHORITY, 100, wrong);
        longest(line, ListRows.CONTENT, 4000, wrong);
        longest(line, ListRows.KEYWORDS, 400, wrong);
        return wrong;
    }

    private void required(ListRows.Line line, String column, int max, List<String> wrong) {
        if (line.get(column).isEmpty()) {
            wrong.add(text("workitems.list.import.required", column));
        }
        longest(line, column, max, wrong);
    }

    private void longest(ListRows.Line line, String column, int max, List<String> wrong) {
        if (line.get(column).length() > max) {
            wrong.add(text("workitems.list.import.too-long", column, max));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
