package org.linli.division.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.linli.shared.DataScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' way in: {@code --import-boundaries=FILE} imports a GeoJSON file of boundaries and
 * points for the whole country, prints the outcome and every problem by line, and exits (1 when
 * the file was refused, so nothing was stored).
 */
@Component
@Order(1)
class BoundaryCommand implements ApplicationRunner {

    static final String OPTION = "import-boundaries";

    private final BoundaryImport boundaries;
    private final ConfigurableApplicationContext context;

    BoundaryCommand(BoundaryImport boundaries, ConfigurableApplicationContext context) {
        this.boundaries = boundaries;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int code = 0;
        for (String value : args.getOptionValues(OPTION)) {
            Path path = Path.of(value.trim());
            BoundaryImport.Outcome outcome;
            try (InputStream in = Files.newInputStream(path)) {
                outcome = boundaries.importFile(path.getFileName().toString(), in, DataScope.COUNTRY, "system");
            }
            System.out.printf("边界导入 %s：共 %d 个要素，保存 %d，问题 %d%n", outcome.file(), outcome.features(),
                    outcome.stored(), outcome.problems().size());
            outcome.problems().forEach(p -> System.out.printf("  第 %d 行 %s：%s%n", p.line(), p.code(), p.reason()));
            code = outcome.refused() ? 1 : code;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
