package org.linli.workitems.burden;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a committee's burden inventory from the street's clean-up ledger (Excel): good rows are
 * recorded, bad rows come back with their row number and reason, and a row already recorded (same
 * kind and name, still kept) is not recorded twice. One transaction: a file that fails part-way
 * records nothing.
 */
@Service
public class BurdenImport {

    private final Burdens burdens;
    private final BurdenStore store;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    BurdenImport(Burdens burdens, BurdenStore store, AuditLog audit, MessageSource messages, Clock clock) {
        this.burdens = burdens;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row not recorded: the row as typed and why. */
    public record Problem(BurdenRows.Line line, String reason) implements java.io.Serializable {
    }

    /** How many rows the file had, how many were recorded, and the rows refused. */
    public record Result(int rows, int imported, List<Problem> problems) implements java.io.Serializable {
    }

    /** 2026-3-1 as well as 2026-03-01 (and with / or . between). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d");

    @Transactional
    public Result run(long committeeId, String fileName, byte[] content, CurrentUser user) {
        Division committee = burdens.editable(committeeId, user);
        List<BurdenRows.Line> lines;
        try {
            lines = BurdenRows.read(content);
        } catch (BurdenRows.Unreadable e) {
            throw Refusal.ofField("file", e.key, e.detail);
        }
        if (lines.isEmpty()) {
            throw Refusal.ofField("file", "workitems.burden.import.no-rows");
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> held = new HashSet<>(store.keptNames(committee.path()));
        List<Problem> problems = new ArrayList<>();
        int imported = 0;
        for (BurdenRows.Line line : lines) {
            List<String> wrong = new ArrayList<>();
            Optional<BurdenKind> kind = kind(line.get(BurdenRows.KIND), wrong);
            String name = required(line, BurdenRows.NAME, 200, wrong);
            String department = required(line, BurdenRows.DEPARTMENT, 100, wrong);
            Boolean admitted = yesNo(line.get(BurdenRows.ADMITTED), wrong);
            LocalDate removed = removedOn(line.get(BurdenRows.REMOVED), today, wrong);
            if (wrong.isEmpty() && removed == null && !held.add(kind.orElseThrow() + "|" + name)) {
                wrong.add(text("workitems.burden.import.twice", kind.get().label(), name));
            }
            if (!wrong.isEmpty()) {
                problems.add(new Problem(line, String.join("；", wrong)));
                continue;
            }
            store.insert(committee.path(), new BurdenEntry(kind.orElseThrow(), name, department, admitted, null), removed,
                    user.username(), OffsetDateTime.now(clock));
            imported++;
        }
        audit.record("BURDEN_IMPORT", fileName, committee.path(),
                "共 %d 行：登记 %d，有误 %d".formatted(lines.size(), imported, problems.size()));
        return new Result(lines.size(), imported, problems);
    }

    private Optional<BurdenKind> kind(String typed, List<String> wrong) {
        Optional<BurdenKind> kind = Arrays.stream(BurdenKind.values())
                .filter(k -> k.label().equals(typed) || k.name().equalsIgnoreCase(typed) || aliases(k).contains(typed)).findFirst();
        if (kind.isEmpty()) {
            wrong.add(typed.isEmpty() ? text("workitems.burden.import.required", BurdenRows.KIND)
                    : text("workitems.burden.import.kind", typed));
        }
        return kind;
    }

    /** The words ledgers use for each kind besides its label. */
    private static List<String> aliases(BurdenKind kind) {
        return switch (kind) {
            case PLAQUE -> List.of("牌子", "挂牌", "标牌");
            case LEDGER -> List.of("报表", "台账", "报表台账");
            case APPRAISAL -> List.of("考核", "评比", "考核评比", "创建评比");
            case INSPECTION -> List.of("督查", "检查", "督查检查");
            case LETTER -> List.of("责任书", "责任状", "承诺书");
        };
    }

    private String required(BurdenRows.Line line, String column, int max, List<String> wrong) {
        String value = line.get(column);
        if (value.isEmpty()) {
            wrong.add(text("workitems.burden.import.required", column));
        } else if (value.length() > max) {
            wrong.add(text("workitems.burden.import.too-long", column, max));
        }
        return value;
    }

    private Boolean yesNo(String typed, List<String> wrong) {
        return switch (typed) {
            case "" -> null;
            case "是", "已准入", "准入", "Y", "y" -> true;
            case "否", "未准入", "N", "n" -> false;
            default -> {
                wrong.add(text("workitems.burden.import.yes-no", typed));
                yield null;
            }
        };
    }

    private LocalDate removedOn(String typed, LocalDate today, List<String> wrong) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(typed.replace('/', '-').replace('.', '-'), DAY);
            if (day.isAfter(today)) {
                wrong.add(text("workitems.burden.import.removed-future", typed));
            }
            return day;
        } catch (DateTimeParseException e) {
            wrong.add(text("workitems.burden.import.removed-date", typed));
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
