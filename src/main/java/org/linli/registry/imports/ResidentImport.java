package org.linli.registry.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Relation;
import org.linli.registry.imports.ResidentRows.Line;
import org.linli.registry.internal.HouseholdCounts;
import org.linli.shared.CurrentUser;
import org.linli.shared.jobs.BackgroundJobs.Progress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports residents from the template (.xlsx or .csv). Every cell is checked; good rows are saved
 * in batches, each its own transaction, so an interrupted import keeps what it saved and a re-run
 * finds those residents by ID number and updates instead of copying them. Bad rows come back as a
 * file with the reason on each bad cell: a list of row errors, not a refusal of the import.
 */
@Service
public class ResidentImport {

    private static final int BATCH = 500;

    private final ImportedResidents saved;
    private final Divisions divisions;
    private final HouseholdCounts counts;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ResidentImport(ImportedResidents saved, Divisions divisions, HouseholdCounts counts, TransactionTemplate transaction,
                   AuditLog audit, MessageSource messages, Clock clock) {
        this.saved = saved;
        this.divisions = divisions;
        this.counts = counts;
        this.transaction = transaction;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public record Problem(int line, String column, String reason) {
    }

    public record Result(int rows, int created, int updated, int unchanged, List<Problem> problems, byte[] badRows) {

        public long rejectedRows() {
            return problems.stream().map(Problem::line).filter(l -> l > 0).distinct().count();
        }
    }

    public Result run(String fileName, byte[] content, CurrentUser user, Progress progress) {
        List<Line> lines;
        try {
            lines = ResidentRows.read(fileName, new ByteArrayInputStream(content));
        } catch (ResidentRows.RowsUnreadable e) {
            return new Result(0, 0, 0, 0, List.of(new Problem(0, "", e.getMessage())), null);
        } catch (IOException | RuntimeException e) {
            return new Result(0, 0, 0, 0, List.of(new Problem(0, "", "文件无法读取：" + e.getMessage())), null);
        }
        // The template's example is never a resident, wherever it was left.
        List<Problem> notes = new ArrayList<>();
        lines.stream().filter(ImportTemplate::isExample).forEach(example -> notes.add(new Problem(0, "",
                messages.getMessage("registry.import.example-skipped", new Object[] {example.number()}, Locale.SIMPLIFIED_CHINESE))));
        lines = lines.stream().filter(line -> !ImportTemplate.isExample(line)).toList();
        if (lines.isEmpty()) {
            notes.add(new Problem(0, "", messages.getMessage("registry.import.no-rows", null, Locale.SIMPLIFIED_CHINESE)));
            return new Result(0, 0, 0, 0, notes, null);
        }
        Map<Integer, Map<String, Reason>> bad = new LinkedHashMap<>();
        List<Parsed> good = check(lines, user, bad);
        // Heads first, so that members find their household.
        good.sort(Comparator.comparing((Parsed p) -> p.relation() != Relation.HEAD));
        int[] outcomes = save(good, user, bad, progress);
        // The committees whose households the rows may have moved; the count follows once per import.
        List<String> committees = good.stream().map(p -> HouseholdCounts.committeeOf(p.building().path())).distinct().toList();
        transaction.executeWithoutResult(tx -> committees.forEach(counts::recount));
        Map<Integer, Map<String, String>> reasons = texts(bad);
        List<Problem> problems = new ArrayList<>(notes);
        reasons.forEach((line, cells) -> cells.forEach((column, reason) -> problems.add(new Problem(line, column, reason))));
        progress.update("完成", good.size(), good.size());
        audit.record("RESIDENT_IMPORT", fileName, user.scope().path(), "共 %d 行：新增 %d，更新 %d，未变 %d，有误 %d"
                .formatted(lines.size(), outcomes[0], outcomes[1], outcomes[2], bad.size()));
        return new Result(lines.size(), outcomes[0], outcomes[1], outcomes[2], problems,
                bad.isEmpty() ? null : BadRowsFile.write(lines, reasons));
    }

    /** Saves in batches of {@value #BATCH}, each its own transaction; returns {created, updated, unchanged}. */
    private int[] save(List<Parsed> good, CurrentUser user, Map<Integer, Map<String, Reason>> bad, Progress progress) {
        int[] outcomes = new int[3];
        Map<String, Long> households = new HashMap<>();
        for (int from = 0; from < good.size(); from += BATCH) {
            List<Parsed> batch = good.subList(from, Math.min(good.size(), from + BATCH));
            progress.update("保存", from, good.size());
            transaction.executeWithoutResult(tx -> batch.forEach(p -> {
                switch (saved.save(p, user, households)) {
                    case CREATED -> outcomes[0]++;
                    case UPDATED -> outcomes[1]++;
                    case UNCHANGED -> outcomes[2]++;
                    case OUTSIDE_SCOPE -> bad.put(p.line().number(), Map.of("身份证号", new Reason("registry.row.outside-scope")));
                }
            }));
        }
        return outcomes;
    }

    /** Checks every row; returns the good ones and puts the others' errors, by column, into {@code bad}. */
    private List<Parsed> check(List<Line> lines, CurrentUser user, Map<Integer, Map<String, Reason>> bad) {
        Map<String, Optional<Division>> buildings = new HashMap<>();
        RowCheck rows = new RowCheck(LocalDate.now(clock), code -> buildings.computeIfAbsent(code, c -> divisions.findByCode(c)
                .filter(d -> d.level() == Level.BUILDING && user.scope().covers(d.path()))));
        List<Parsed> parsed = new ArrayList<>();
        for (Line line : lines) {
            RowCheck.Outcome outcome = rows.check(line);
            if (outcome.row() != null) {
                parsed.add(outcome.row());
            } else {
                bad.put(line.number(), outcome.errors());
            }
        }
        // A member's head must be in this file (and fine) or already registered, in the member's own
        // committee and the user's scope: a household never spans committees.
        Map<String, String> headsInFile = new HashMap<>();
        parsed.stream().filter(p -> p.relation() == Relation.HEAD)
                .forEach(p -> headsInFile.put(p.id().value(), HouseholdCounts.committeeOf(p.building().path())));
        List<Parsed> ready = new ArrayList<>();
        for (Parsed p : parsed) {
            String committee = HouseholdCounts.committeeOf(p.building().path());
            boolean headKnown = p.relation() == Relation.HEAD || (headsInFile.containsKey(p.head().value())
                    ? headsInFile.get(p.head().value()).equals(committee) : saved.householdOf(p.head(), p.building(), user).isPresent());
            if (!headKnown) {
                bad.put(p.line().number(), Map.of("户主身份证号", new Reason("registry.row.head.unknown")));
            } else {
                ready.add(p);
            }
        }
        return ready;
    }

    private Map<Integer, Map<String, String>> texts(Map<Integer, Map<String, Reason>> bad) {
        Map<Integer, Map<String, String>> texts = new LinkedHashMap<>();
        bad.forEach((line, cells) -> {
            Map<String, String> row = new LinkedHashMap<>();
            cells.forEach((column, reason) -> row.put(column, messages.getMessage(reason.key(), reason.args(), Locale.SIMPLIFIED_CHINESE)));
            texts.put(line, row);
        });
        return texts;
    }
}
