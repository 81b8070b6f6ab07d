package org.linli.division.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' way in: {@code --import-divisions=PATH} (a folder of CSV files, or files separated
 * by commas) imports, prints the outcome and every rejected row, and exits.
 */
@Component
@Order(0)
class ImportCommand implements ApplicationRunner {

    static final String OPTION = "import-divisions";

    private final DivisionImporter importer;
    private final ConfigurableApplicationContext context;

    ImportCommand(DivisionImporter importer, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption(OPTION)) {
            return;
        }
        List<SourceFile> files = new ArrayList<>();
        for (String value : args.getOptionValues(OPTION)) {
            for (String part : value.split(",")) {
                Path path = Path.of(part.trim());
                if (Files.isDirectory(path)) {
                    try (Stream<Path> list = Files.list(path)) {
                        list.filter(p -> p.toString().endsWith(".csv")).sorted().map(SourceFile::of).forEach(files::add);
                    }
                } else {
                    files.add(SourceFile.of(path));
                }
            }
        }
        long start = System.nanoTime();
        ImportResult result = importer.importFiles(files, (phase, done, total) -> { });
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("行政区划导入完成：共 %d 行，新增 %d，更名 %d，未变 %d，拒绝 %d，用时 %d ms%n",
                result.rows(), result.inserted(), result.renamed(), result.unchanged(), result.rejected(), ms);
        result.problems().forEach(p -> System.out.printf("  %s 第 %d 行 %s：%s%n", p.file(), p.line(), p.code(), p.reason()));
        int code = result.hasFileErrors() ? 2 : result.rejected() > 0 ? 1 : 0;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
