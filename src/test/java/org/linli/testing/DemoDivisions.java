package org.linli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportProgress;
import org.linli.division.imports.SourceFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo district's division codes (Yuquan: two streets, their committees) for a module test's
 * own empty database, imported through the division module's importer. Importing again changes
 * nothing, so each test may ask for them.
 */
public final class DemoDivisions {

    public static final String STREET = "150104001";
    public static final String COMMITTEE = "150104001002";
    public static final String OTHER_COMMITTEE = "150104001004";
    public static final String OTHER_STREET_COMMITTEE = "150104002002";

    private DemoDivisions() {
    }

    /** Imports the codes (if not there yet) and returns the division of {@code code}. */
    public static Division load(DivisionImporter importer, Divisions divisions, String code) {
        if (divisions.findByCode(code).isEmpty()) {
            List<SourceFile> files = new ArrayList<>();
            try {
                for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:demo/divisions/*.csv")) {
                    files.add(SourceFile.of(r.getFilename(), r.getContentAsByteArray()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var result = importer.importFiles(files, ImportProgress.NONE);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("demo divisions: " + result.problems());
            }
        }
        return divisions.findByCode(code).orElseThrow();
    }
}
