package org.linli.division.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.DivisionFixtures.box;
import static org.linli.testing.DivisionFixtures.boxGeometry;
import static org.linli.testing.DivisionFixtures.collection;
import static org.linli.testing.DivisionFixtures.feature;
import static org.linli.testing.DivisionFixtures.point;
import static org.linli.testing.DivisionFixtures.pointGeometry;
import static org.linli.testing.DivisionFixtures.polygonGeometry;
import static org.linli.testing.DivisionFixtures.stream;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.testing.DemoDivisions;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * GeoJSON import of boundaries and points, on the division module's own database: a good file is
 * stored whole and audited; a file with any bad feature (invalid polygon, outside its parent,
 * overlapping a sibling from the file or stored, unknown code, outside the importer's scope, the
 * wrong kind of geometry, coordinates that are not WGS-84 degrees in China) stores nothing and
 * names the line of every bad feature. The map's editor refuses a bad drawing the same way.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class BoundaryImportTest {

    static final String STREET = DemoDivisions.STREET;
    static final String COMMITTEE = DemoDivisions.COMMITTEE;
    static final String OTHER_COMMITTEE = DemoDivisions.OTHER_COMMITTEE;
    static final String GRID_1 = COMMITTEE + "001";
    static final String GRID_2 = COMMITTEE + "002";
    static final String ESTATE = GRID_1 + "001";
    static final String BUILDING = ESTATE + "001";

    @Autowired
    BoundaryImport boundaries;
    @Autowired
    BoundaryEditor editor;
    @Autowired
    DivisionImporter importer;
    @Autowired
    Places places;
    @Autowired
    Divisions divisions;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aCommitteeWithTwoGridsAndNoShapes() {
        Division building = RegistryFixtures.building(importer, places, divisions);
        assertThat(building.code()).isEqualTo(BUILDING);
        if (divisions.findByCode(GRID_2).isEmpty()) {
            places.create(divisions.findByCode(COMMITTEE).orElseThrow().id(), new PlaceForm("第2网格", "", null, null),
                    DataScope.COUNTRY);
        }
        jdbc.sql("DELETE FROM division_shape").update();
    }

    /**
     * The street 111.60–111.70 × 40.69–40.79; its committee 002 the south-west quarter and 004 the
     * south-east; grid 1 the west half of 002 and grid 2 the east half, sharing an edge; the
     * estate and the building points in grid 1.
     */
    static List<String> goodFeatures() {
        return new ArrayList<>(List.of(
                box(STREET, 111.60, 40.69, 111.70, 40.79),
                box(COMMITTEE, 111.60, 40.69, 111.65, 40.74),
                box(OTHER_COMMITTEE, 111.65, 40.69, 111.70, 40.74),
                box(GRID_1, 111.60, 40.69, 111.625, 40.74),
                box(GRID_2, 111.625, 40.69, 111.65, 40.74),
                point(ESTATE, 111.61, 40.70),
                point(BUILDING, 111.611, 40.701)));
    }

    @Test
    void aGoodFileIsStoredWholeTouchingEdgesIncludedAndAudited() {
        long audited = audit.count(DataScope.COUNTRY, "DIVISION_SHAPE_IMPORT");
        BoundaryImport.Outcome outcome = boundaries.importFile("yuquan.geojson", stream(collection(goodFeatures())),
                DataScope.COUNTRY, "admin");

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.stored()).isEqualTo(7);
        assertThat(stored()).isEqualTo(7);
        assertThat(audit.count(DataScope.COUNTRY, "DIVISION_SHAPE_IMPORT")).isEqualTo(audited + 1);
    }

    @Test
    void anInvalidPolygonIsReportedByLineInChineseAndNothingIsStored() {
        List<String> features = goodFeatures();
        // A bow tie: the ring crosses itself.
        features.set(4, feature(GRID_2, polygonGeometry(111.625, 40.69, 111.65, 40.74, 111.65, 40.69, 111.625, 40.74,
                111.625, 40.69)));
        assertRefused(features, 6, GRID_2, "自相交");
    }

    @Test
    void aRingNotClosedAndOneWithTooFewPointsAreReported() {
        List<String> features = goodFeatures();
        features.set(3, feature(GRID_1, polygonGeometry(111.60, 40.69, 111.625, 40.69, 111.625, 40.74, 111.60, 40.74)));
        assertRefused(features, 5, GRID_1, "未闭合");
        features = goodFeatures();
        features.set(3, feature(GRID_1, polygonGeometry(111.60, 40.69, 111.625, 40.69, 111.60, 40.69)));
        assertRefused(features, 5, GRID_1, "点数太少");
    }

    @Test
    void aFeatureOutsideItsParentsBoundaryIsReported() {
        List<String> features = goodFeatures();
        // Grid 1 reaches 1 km south of its committee.
        features.set(3, box(GRID_1, 111.60, 40.68, 111.625, 40.74));
        assertRefused(features, 5, GRID_1, "超出上级");
        // A building point outside its grid (its estate is a point, so the grid is what holds it).
        features = goodFeatures();
        features.set(6, point(BUILDING, 111.64, 40.70));
        assertRefused(features, 8, BUILDING, "超出上级");
    }

    @Test
    void withinAMetreOfTheParentsEdgeIsInside() {
        List<String> features = goodFeatures();
        features.set(3, box(GRID_1, 111.60 - 0.000005, 40.69, 111.625, 40.74));
        BoundaryImport.Outcome outcome = boundaries.importFile("f.geojson", stream(collection(features)), DataScope.COUNTRY, "admin");
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void siblingsOverlappingInTheFileAreReportedOnTheLaterLine() {
        List<String> features = goodFeatures();
        features.set(4, box(GRID_2, 111.62, 40.69, 111.65, 40.74));
        assertRefused(features, 6, GRID_2, "重叠");
    }

    @Test
    void aFeatureOverlappingAStoredSiblingThatTheFileDoesNotReplaceIsReported() {
        assertThat(boundaries.importFile("all.geojson", stream(collection(goodFeatures())), DataScope.COUNTRY, "admin")
                .problems()).isEmpty();
        byte[] before = jdbc.sql("SELECT shape FROM division_shape WHERE path LIKE '%/" + GRID_2 + "/'")
                .query(byte[].class).single();

        BoundaryImport.Outcome outcome = boundaries.importFile("moved.geojson",
                stream(collection(List.of(box(GRID_2, 111.62, 40.69, 111.65, 40.74)))), DataScope.COUNTRY, "admin");

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("重叠", "已保存");
        });
        assertThat(jdbc.sql("SELECT shape FROM division_shape WHERE path LIKE '%/" + GRID_2 + "/'").query(byte[].class)
                .single()).isEqualTo(before);
        // Replacing both in one file is fine.
        assertThat(boundaries.importFile("both.geojson", stream(collection(List.of(box(GRID_1, 111.60, 40.69, 111.62, 40.74),
                box(GRID_2, 111.62, 40.69, 111.65, 40.74)))), DataScope.COUNTRY, "admin").problems()).isEmpty();
    }

    @Test
    void anUnknownCodeIsReported() {
        List<String> features = goodFeatures();
        features.add(box(COMMITTEE + "999", 111.60, 40.75, 111.61, 40.76));
        assertRefused(features, 9, COMMITTEE + "999", "不存在");
    }

    @Test
    void aCodeOutsideTheImportersScopeIsReported() {
        Division other = divisions.findByCode(OTHER_COMMITTEE).orElseThrow();
        BoundaryImport.Outcome outcome = boundaries.importFile("f.geojson", stream(collection(goodFeatures())),
                new DataScope(other.path()), "worker");
        assertThat(outcome.problems()).extracting(ShapeProblem::line).contains(2L, 3L, 5L, 6L, 7L, 8L)
                .doesNotContain(4L);
        assertThat(outcome.problems()).filteredOn(p -> p.line() == 3).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("不在您的管辖范围内"));
        assertThat(stored()).isZero();
    }

    @Test
    void theWrongKindOfGeometryForTheLevelIsReported() {
        List<String> features = goodFeatures();
        features.set(3, point(GRID_1, 111.61, 40.70));
        features.set(6, feature(BUILDING, boxGeometry(111.611, 40.701, 111.612, 40.702)));
        BoundaryImport.Outcome outcome = refused(features);
        assertThat(outcome.problems()).filteredOn(p -> p.line() == 5).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("网格应为多边形边界"));
        assertThat(outcome.problems()).filteredOn(p -> p.line() == 8).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("楼栋应为一个点"));
    }

    @Test
    void coordinatesThatAreNotDegreesInChinaAreReported() {
        List<String> features = goodFeatures();
        features.set(5, point(ESTATE, 12_424_000, 4_969_000));
        features.set(6, point(BUILDING, 2.3522, 48.8566));
        BoundaryImport.Outcome outcome = refused(features);
        assertThat(outcome.problems()).filteredOn(p -> p.line() == 7).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("不是 WGS-84 经纬度"));
        assertThat(outcome.problems()).filteredOn(p -> p.line() == 8).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("中国境外"));
    }

    @Test
    void aFileThatIsNotJsonIsReportedAtTheLineOfTheError() {
        String broken = collection(goodFeatures()).replace("\"code\": \"" + GRID_2 + "\"", "\"code\" \"" + GRID_2 + "\"");
        BoundaryImport.Outcome outcome = boundaries.importFile("f.geojson", stream(broken), DataScope.COUNTRY, "admin");
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.reason()).contains("不是有效的 JSON");
        });
        assertThat(stored()).isZero();
    }

    @Test
    void theMapsEditorRefusesABadDrawingWithTheSameChecksAndStoresAGoodOne() {
        assertThat(boundaries.importFile("all.geojson", stream(collection(goodFeatures())), DataScope.COUNTRY, "admin")
                .problems()).isEmpty();
        Division grid2 = divisions.findByCode(GRID_2).orElseThrow();

        assertThatThrownBy(() -> editor.save(grid2, boxGeometry(111.62, 40.69, 111.65, 40.74), "worker"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("division.shape.refused");
                    assertThat(r.field()).contains("geometry");
                    assertThat(r.args()[0].toString()).contains("重叠");
                });
        assertThatThrownBy(() -> editor.save(grid2, boxGeometry(111.625, 40.69, 111.66, 40.74), "worker"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.args()[0].toString()).contains("超出上级"));
        assertThatThrownBy(() -> editor.save(grid2, pointGeometry(111.63, 40.70), "worker"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.args()[0].toString()).contains("多边形"));
        // Grid 1 may not shrink away from its estate.
        Division grid1 = divisions.findByCode(GRID_1).orElseThrow();
        assertThatThrownBy(() -> editor.save(grid1, boxGeometry(111.615, 40.69, 111.625, 40.74), "worker"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.args()[0].toString()).contains("未包含"));

        editor.save(grid2, boxGeometry(111.625, 40.69, 111.65, 40.73), "worker");
        assertThat(jdbc.sql("SELECT max_lat FROM division_shape WHERE division_id = :id").param("id", grid2.id())
                .query(Double.class).single()).isEqualTo(40.73);
    }

    private void assertRefused(List<String> features, long line, String code, String reason) {
        BoundaryImport.Outcome outcome = refused(features);
        assertThat(outcome.problems()).as(outcome.problems().toString()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.reason()).contains(reason);
        });
    }

    private BoundaryImport.Outcome refused(List<String> features) {
        BoundaryImport.Outcome outcome = boundaries.importFile("bad.geojson", stream(collection(features)),
                DataScope.COUNTRY, "admin");
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.stored()).isZero();
        assertThat(stored()).as("nothing half-imported").isZero();
        return outcome;
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM division_shape").query(Long.class).single();
    }
}
