package org.linli.testing;

import java.nio.file.Path;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportResult;
import org.linli.division.imports.SourceFile;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;

/** Builders for the rule book's tests: a few real divisions to set values for, and who sets them. */
public final class RulesFixtures {

    public static final String YUQUAN = "/15/1501/150104/";
    public static final String XIAOZHAOQIAN = "/15/1501/150104/150104001/";
    public static final String XINGLONGXIANG = "/15/1501/150104/150104002/";
    public static final String WUTA_COMMITTEE = "/15/1501/150104/150104001/150104001002/";
    public static final String SHIZHONG = "/51/5111/511102/";

    private RulesFixtures() {
    }

    /** Loads the test divisions (provinces to committees of Yuquan and Leshan) once; a second call changes nothing. */
    public static void divisions(DivisionImporter importer) {
        Path dir = Path.of("src/test/resources/divisions");
        List<SourceFile> files = List.of("provinces.csv", "cities.csv", "counties.csv", "streets.csv", "committees.csv")
                .stream().map(f -> SourceFile.of(dir.resolve(f))).toList();
        ImportResult result = importer.importFiles(files, (phase, done, total) -> { });
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("test divisions: " + result.problems());
        }
    }

    /** Someone signed in at a division, as pages and use cases see them. */
    public static CurrentUser user(String username, Role role, Division at) {
        return new User(username, role, at.id(), new DataScope(at.path()));
    }

    public static Division division(Divisions divisions, String code) {
        return divisions.findByCode(code).orElseThrow();
    }

    private record User(String username, Role role, long divisionId, DataScope scope) implements CurrentUser {

        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String displayName() {
            return username;
        }
    }
}
