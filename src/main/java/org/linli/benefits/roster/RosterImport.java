package org.linli.benefits.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.benefits.outreach.BenefitChoice;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.jobs.BackgroundJobs.Progress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a benefit's roster from the paying authority's Excel file. Each row is checked: the ID
 * number by its check character, the resident found in the importer's scope by the keyed hash of
 * the number, living, and named as the file names them. Good rows are enrolled (or their dates
 * updated) and the resident's open match closes as ENROLLED; bad rows come back as a file with
 * the reason on each. One transaction per file: an import that fails leaves nothing half-written.
 */
@Service
public class RosterImport {

    private final RosterEnrolments store;
    private final Roster roster;
    private final CommitteeResidents residents;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    RosterImport(RosterEnrolments store, Roster roster, CommitteeResidents residents, TransactionTemplate transaction,
                 AuditLog audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.residents = residents;
        this.transaction = transaction;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public record Problem(int line, String column, String reason) {
    }

    /** How many rows the file had, how many were enrolled, how many open tasks closed, and what was wrong. */
    public record Result(int rows, int enrolled, int tasksClosed, List<Problem> problems, byte[] badRows) {

        public long rejectedRows() {
            return problems.stream().map(Problem::line).filter(l -> l > 0).distinct().count();
        }
    }

    /** A row that passed: who, from when, until when. */
    private record Good(RosterRows.Line line, ResidentView resident, LocalDate since, LocalDate until) {
    }

    public Result run(long benefitId, String fileName, byte[] content, CurrentUser user, Progress progress) {
        BenefitChoice benefit = roster.benefit(benefitId, user);
        List<RosterRows.Line> lines;
        try {
            lines = RosterRows.read(content);
        } catch (RosterRows.Unreadable e) {
            return new Result(0, 0, 0, List.of(new Problem(0, "", e.getMessage())), null);
        }
        if (lines.isEmpty()) {
            return new Result(0, 0, 0, List.of(new Problem(0, "", text("benefits.roster.no-rows"))), null);
        }
        return transaction.execute(tx -> {
            Map<Integer, Map<String, String>> bad = new LinkedHashMap<>();
            List<Good> good = check(lines, user, bad, progress);
            OffsetDateTime now = OffsetDateTime.now(clock);
            LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
            int closed = 0;
            for (Good g : good) {
                store.upsert(benefitId, g.resident().id(), g.resident().divisionPath(), g.since(), g.until(), now, user.username());
                // Enrolled as the matching reads the roster (from its first day, until its last): a former
                // or future recipient's task stays open, or the next re-match would open it again.
                if (!g.since().isAfter(today) && (g.until() == null || !g.until().isBefore(today))) {
                    closed += store.closeMatch(benefitId, g.resident().id(), now);
                }
            }
            progress.update("完成", lines.size(), lines.size());
            audit.record("BENEFIT_ROSTER_IMPORT", benefit.name() + "：" + fileName, user.scope().path(),
                    "共 %d 行：列入名册 %d，有误 %d，结束走访任务 %d".formatted(lines.size(), good.size(), bad.size(), closed));
            List<Problem> problems = new ArrayList<>();
            bad.forEach((line, cells) -> cells.forEach((column, reason) -> problems.add(new Problem(line, column, reason))));
            return new Result(lines.size(), good.size(), closed, problems, bad.isEmpty() ? null : RosterBadRows.write(lines, bad));
        });
    }

    private List<Good> check(List<RosterRows.Line> lines, CurrentUser user, Map<Integer, Map<String, String>> bad,
                             Progress progress) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        List<Good> good = new ArrayList<>();
        int done = 0;
        for (RosterRows.Line line : lines) {
            progress.update("核对", done++, lines.size());
            Map<String, String> errors = new LinkedHashMap<>();
            String name = line.get(RosterRows.NAME);
            if (name.isEmpty()) {
                errors.put(RosterRows.NAME, text("benefits.roster.row.name.required"));
            }
            String idText = line.get(RosterRows.ID).toUpperCase();
            String idProblem = IdNumber.problem(idText, today);
            if (idProblem != null) {
                errors.put(RosterRows.ID, idProblem);
            } else if (seen.containsKey(idText)) {
                errors.put(RosterRows.ID, text("benefits.roster.row.id.repeated", seen.get(idText)));
            } else {
                seen.put(idText, line.number());
            }
            LocalDate since = date(line, RosterRows.SINCE, true, errors);
            LocalDate until = date(line, RosterRows.UNTIL, false, errors);
            if (since != null && until != null && until.isBefore(since)) {
                errors.put(RosterRows.UNTIL, text("benefits.roster.row.until.before-since"));
            }
            ResidentView resident = errors.containsKey(RosterRows.ID) ? null : resident(IdNumber.parse(idText), user, errors);
            if (resident != null && !name.isEmpty() && !sameName(name, resident.name())) {
                errors.put(RosterRows.NAME, text("benefits.roster.row.name.mismatch"));
            }
            if (errors.isEmpty()) {
                good.add(new Good(line, resident, since, until));
            } else {
                bad.put(line.number(), errors);
            }
        }
        return good;
    }

    /**
     * The living resident of the importer's scope with this number. One registered outside the scope
     * is told apart, as the residents' import does, so that the file goes to the right office.
     */
    private ResidentView resident(IdNumber id, CurrentUser user, Map<String, String> errors) {
        ResidentView found = residents.findByIdNumber(user.scope().path(), id).orElse(null);
        if (found == null) {
            errors.put(RosterRows.ID, text(residents.findByIdNumber("/", id).isPresent()
                    ? "benefits.roster.row.outside-scope" : "benefits.roster.row.not-registered"));
            return null;
        }
        if (found.status() != LivingStatus.LIVING) {
            errors.put(RosterRows.ID, text("benefits.roster.row.not-living", found.status().label()));
            return null;
        }
        return found;
    }

    private LocalDate date(RosterRows.Line line, String column, boolean required, Map<String, String> errors) {
        String value = line.get(column);
        if (value.isEmpty()) {
            if (required) {
                errors.put(column, text("benefits.roster.row.since.required"));
            }
            return null;
        }
        LocalDate day = RosterRows.date(value);
        if (day == null) {
            errors.put(column, text("benefits.roster.row.date.invalid", value));
        }
        return day;
    }

    /** Names compare without spaces, with the middle dot of minority names written any common way. */
    static boolean sameName(String typed, String registered) {
        return normal(typed).equals(normal(registered));
    }

    private static String normal(String name) {
        return name.replaceAll("[\\s\\u3000]", "").replaceAll("[•・．.]", "·");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
