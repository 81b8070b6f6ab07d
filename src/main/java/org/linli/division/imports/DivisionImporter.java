package org.linli.division.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.linli.audit.AuditLog;
import org.linli.division.Kind;
import org.linli.division.Level;
import org.linli.division.internal.DivisionCounts;
import org.linli.shared.DataScope;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the national statistical division codes. Each file's rows are checked one by one, staged
 * with COPY, checked against each other and the existing tree in SQL, then merged with one
 * INSERT … ON CONFLICT: new codes are added, renamed ones updated, nothing is duplicated. Bad rows
 * are reported with line and reason; the rest is kept. One transaction: a failure leaves nothing.
 */
@Service
public class DivisionImporter {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final StagingStore staging;
    private final DataSource dataSource;
    private final DivisionCounts counts;
    private final AuditLog audit;
    private final Clock clock;

    DivisionImporter(StagingStore staging, DataSource dataSource, DivisionCounts counts, AuditLog audit, Clock clock) {
        this.staging = staging;
        this.dataSource = dataSource;
        this.counts = counts;
        this.audit = audit;
        this.clock = clock;
    }

    /** An import by the system (the operators' command, the demo): the whole country is its scope. */
    @Transactional
    public ImportResult importFiles(List<SourceFile> files, ImportProgress progress) {
        return importFiles(files, DataScope.COUNTRY, progress);
    }

    /**
     * An import by an administrator: only rows of divisions inside {@code scope} are added or renamed,
     * the others are refused by line; the audit entry goes to the scope, where its importer reads it.
     */
    @Transactional
    public ImportResult importFiles(List<SourceFile> files, DataScope scope, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Detected> detected = new ArrayList<>();
        for (SourceFile file : files) {
            detect(file, problems).ifPresent(format -> detected.add(new Detected(file, format)));
        }
        detected.sort(Comparator.comparing(d -> d.format().level));

        long totalBytes = detected.stream().mapToLong(d -> d.file().size()).sum();
        AtomicLong bytesDone = new AtomicLong();
        long rows = 0, inserted = 0, renamed = 0;
        staging.begin();
        for (Detected d : detected) {
            staging.clear();
            long staged = stage(d, problems, progress, bytesDone, totalBytes);
            rows += staged + problems.stream().filter(p -> p.file().equals(d.file().name()) && p.line() > 0).count();
            progress.update("查重 " + d.file().name(), bytesDone.get(), totalBytes);
            rejectDuplicates(d, problems);
            progress.update("核对上级 " + d.file().name(), bytesDone.get(), totalBytes);
            rejectUnknownParents(d, problems);
            if (!scope.equals(DataScope.COUNTRY)) {
                staging.rejectOutside(d.file().name(), scope).forEach(problems::add);
            }
            progress.update("合并 " + d.file().name(), bytesDone.get(), totalBytes);
            long[] merged = staging.merge(d.format().level, OffsetDateTime.now(clock));
            inserted += merged[0];
            renamed += merged[1];
        }
        if (inserted > 0) {
            progress.update("更新节点计数", totalBytes, totalBytes);
            counts.recomputeAll();
            staging.analyze();
        }
        problems.sort(Comparator.comparing(ImportProblem::file).thenComparing(ImportProblem::line));
        long rejected = problems.stream().filter(p -> p.line() > 0).count();
        ImportResult result = new ImportResult(rows, inserted, renamed, rows - inserted - renamed - rejected, problems);
        audit.record("DIVISION_IMPORT", files.stream().map(SourceFile::name).toList().toString(), scope.path(),
                "共 %d 行：新增 %d，更名 %d，未变 %d，拒绝 %d".formatted(
                        rows, inserted, renamed, result.unchanged(), rejected));
        progress.update("完成", totalBytes, totalBytes);
        return result;
    }

    private Optional<DivisionFileFormat> detect(SourceFile file, List<ImportProblem> problems) {
        try (CSVParser parser = CSV.parse(reader(file.opener().open()))) {
            Optional<DivisionFileFormat> format = DivisionFileFormat.ofHeader(
                    parser.getHeaderNames().stream().map(DivisionImporter::stripBom).toList());
            if (format.isEmpty()) {
                problems.add(new ImportProblem(file.name(), 0, "",
                        "无法识别的文件格式：表头为“" + String.join(",", parser.getHeaderNames())
                                + "”，应为以下之一——" + DivisionFileFormat.expectedHeaders()));
            }
            return format;
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(file.name(), 0, "", unreadable(e)));
            return Optional.empty();
        }
    }

    private long stage(Detected d, List<ImportProblem> problems, ImportProgress progress, AtomicLong bytesDone,
                       long totalBytes) {
        DivisionFileFormat format = d.format();
        Level level = format.level;
        Level parentLevel = Level.values()[level.ordinal() - 1];
        String fileName = d.file().name();
        long before = bytesDone.get();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (InputStream raw = d.file().opener().open();
             CountingStream counting = new CountingStream(raw);
             CSVParser parser = CSV.parse(reader(counting));
             StagedRows staged = new StagedRows(connection.unwrap(PGConnection.class).getCopyAPI())) {
            String codeColumn = parser.getHeaderNames().stream().filter(h -> stripBom(h).equals("code")).findFirst().orElseThrow();
            long n = 0;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new ImportProblem(fileName, line, record.get(0),
                            "列数不对：应为 %d 列，实为 %d 列".formatted(format.columns.size(), record.size())));
                    continue;
                }
                String code = record.get(codeColumn);
                String name = record.get("name");
                String parentCode = format.parentColumn == null ? "0" : record.get(format.parentColumn);
                String reason = RowRules.check(level, parentLevel, code, name, parentCode);
                if (reason != null) {
                    problems.add(new ImportProblem(fileName, line, code, reason));
                    continue;
                }
                Kind kind = Kind.of(level, code);
                staged.add(line, code, name, parentCode, kind == null ? null : kind.name());
                if (++n % 20_000 == 0) {
                    bytesDone.set(before + counting.count());
                    progress.update("读取 " + fileName, bytesDone.get(), totalBytes);
                }
            }
            long copied = staged.finish();
            bytesDone.set(before + d.file().size());
            return copied;
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(fileName, 0, "", unreadable(e)));
            bytesDone.set(before + d.file().size());
            staging.clear();
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException("导入暂存失败", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void rejectDuplicates(Detected d, List<ImportProblem> problems) {
        staging.rejectDuplicates(d.file().name()).forEach(problems::add);
    }

    private void rejectUnknownParents(Detected d, List<ImportProblem> problems) {
        staging.rejectUnknownParents(d.file().name(), Level.values()[d.format().level.ordinal() - 1]).forEach(problems::add);
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private static String unreadable(Exception e) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return "文件不是 UTF-8 编码的 CSV（如为 Excel 另存，请选择“CSV UTF-8”）";
        }
        return "文件无法读取为 CSV：" + e.getMessage();
    }

    private record Detected(SourceFile file, DivisionFileFormat format) {
    }
}
