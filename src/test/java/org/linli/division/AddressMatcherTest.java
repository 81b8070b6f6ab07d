package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.AddressMatcher.Candidate;
import org.linli.division.AddressMatcher.Match;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.DataScope;
import org.linli.testing.DemoDivisions;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Issue #13, item 3: an address string → the place it names, on the module's own places: two
 * estates named 泰和家园 in two committees of one street, a 泰和小区 beside one of them, and an
 * estate at the same road and number in another street.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AddressMatcherTest {

    private static final String STREET = "/15/1501/150104/150104001/";
    private static final String COMMITTEE = STREET + DemoDivisions.COMMITTEE + "/";
    private static final String OTHER_COMMITTEE = STREET + DemoDivisions.OTHER_COMMITTEE + "/";

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    @Autowired
    AddressMatcher matcher;

    @Autowired
    PlaceNames placeNames;

    /** 泰和家园 (昭君路12号) of 五塔北街社区 and its buildings. */
    Division taihe;
    Division taiheThree;
    Division taiheThirteen;
    Division taiheXiaoqu;
    Division otherTaiheThree;
    Division grid;

    @BeforeEach
    void places() {
        // The module's other tests' building first: its codes are fixed (第1网格 / 锦绣花园 / 1号楼).
        RegistryFixtures.building(importer, places, divisions);
        Division committee = divisions.findByCode(DemoDivisions.COMMITTEE).orElseThrow();
        grid = child(committee, "第2网格", "", null);
        taihe = child(grid, "泰和家园", "昭君路12号", null);
        child(taihe, "1号楼", "", 6);
        taiheThree = child(taihe, "3号楼", "", 6);
        taiheThirteen = child(taihe, "13号楼", "", 18);
        taiheXiaoqu = child(grid, "泰和小区", "大南街5号", null);
        child(taiheXiaoqu, "3号楼", "", 6);

        Division other = divisions.findByCode(DemoDivisions.OTHER_COMMITTEE).orElseThrow();
        Division otherTaihe = child(child(other, "第1网格", "", null), "泰和家园", "石羊桥路7号", null);
        otherTaiheThree = child(otherTaihe, "3号楼", "", 6);

        Division elsewhere = divisions.findByCode(DemoDivisions.OTHER_STREET_COMMITTEE).orElseThrow();
        child(child(elsewhere, "第1网格", "", null), "阳光花园", "昭君路12号", null);
    }

    @Test
    void anEstateByItsNameOrItsRoadAndNumber() {
        Match byName = match("泰和家园", COMMITTEE);
        assertThat(byName.place().code()).isEqualTo(taihe.code());
        assertThat(byName.score()).isEqualTo(1.0);
        assertThat(byName.ambiguous()).isFalse();
        assertThat(byName.candidates()).extracting(Candidate::code).contains(taiheXiaoqu.code());
        assertThat(byName.place().label()).isEqualTo("小召前街街道 / 五塔北街社区居委会 / 泰和家园");

        Match byAddress = match("昭君路12号", STREET);
        assertThat(byAddress.place().code()).isEqualTo(taihe.code());
        assertThat(byAddress.score()).isEqualTo(1.0);
    }

    @Test
    void variantsOfTheSameAddress() {
        for (String text : List.of("呼和浩特市玉泉区昭君路12号", "内蒙古呼和浩特市玉泉区昭君路１２号", "玉泉区 昭君路 12 号",
                "小召前街街道昭君路12号")) {
            assertThat(match(text, STREET).place()).as(text).extracting(Candidate::code).isEqualTo(taihe.code());
        }
        for (String text : List.of("昭君路12号泰和家园3号楼", "泰和家园三号楼", "泰和家园3栋", "泰和家园3幢", "泰和家园３＃楼2单元301室",
                "泰和家园 3 号楼", "玉泉区五塔北街社区泰和家园3号楼")) {
            Match m = match(text, COMMITTEE);
            assertThat(m.place()).as(text).extracting(Candidate::code).isEqualTo(taiheThree.code());
            assertThat(m.place().level()).isEqualTo(Level.BUILDING);
        }
        assertThat(match("泰和家园十三号楼", COMMITTEE).place().code()).isEqualTo(taiheThirteen.code());
        assertThat(match("玉泉区 泰和家园", COMMITTEE).place().code()).isEqualTo(taihe.code());
        assertThat(match("泰和家园3号楼2单元301室", COMMITTEE).score()).isEqualTo(1.0);
        // The committee the text names tells the two 泰和家园 of the street apart.
        assertThat(match("五塔寺前街社区泰和家园3幢", STREET).place().code()).isEqualTo(otherTaiheThree.code());
        assertThat(match("昭君路12号泰和家园3号楼", STREET).place().code()).isEqualTo(taiheThree.code());
        assertThat(match("五塔北街社区第二网格", STREET).place().code()).isEqualTo(grid.code());
    }

    @Test
    void whatCouldBeSeveralPlacesIsNotGuessed() {
        Match sameName = match("泰和家园", STREET);
        assertThat(sameName.ambiguous()).isTrue();
        assertThat(sameName.place()).isNull();
        assertThat(sameName.chosen()).isEmpty();
        assertThat(sameName.candidates()).extracting(Candidate::code).contains(taihe.code())
                .contains(otherTaiheThree.path().split("/")[7]);
        Match buildings = match("泰和家园3栋", STREET);
        assertThat(buildings.ambiguous()).isTrue();
        assertThat(buildings.candidates()).extracting(Candidate::code).startsWith(taiheThree.code(), otherTaiheThree.code());
        // 泰和 is the core of both 泰和家园 and 泰和小区, and both have a 3号楼.
        assertThat(match("泰和3号楼", COMMITTEE).ambiguous()).isTrue();
        assertThat(match("第1网格", STREET).ambiguous()).isTrue();
        // A road without its number names no estate, however few are on it.
        Match road = match("昭君路", COMMITTEE);
        assertThat(road.place()).isNull();
        assertThat(road.ambiguous()).isFalse();
        assertThat(road.candidates()).extracting(Candidate::code).containsExactly(taihe.code());
        assertThat(road.score()).isLessThan(AddressMatcher.CHOSEN);
    }

    @Test
    void nothingFoundAndNothingOutsideTheScope() {
        Match nothing = match("不存在的地方", STREET);
        assertThat(nothing.place()).isNull();
        assertThat(nothing.candidates()).isEmpty();
        assertThat(nothing.score()).isZero();
        assertThat(match("", STREET).candidates()).isEmpty();
        // 阳光花园 is in another street; 昭君路12号 of the other committee is not this committee's.
        assertThat(match("阳光花园", STREET).candidates()).isEmpty();
        assertThat(match("昭君路12号", OTHER_COMMITTEE).candidates()).isEmpty();
        assertThat(match("泰和家园", OTHER_COMMITTEE).place().code()).isNotEqualTo(taihe.code());
        assertThat(match("泰和家园3号楼", COMMITTEE, List.of(Level.ESTATE)).place().code()).isEqualTo(taihe.code());
    }

    @Test
    void placeNamesEscapesLikesWildcards() {
        assertThat(placeNames.search("%", new DataScope(STREET), PlaceNames.BELOW_STREET, 10)).isEmpty();
        assertThat(placeNames.search("_", new DataScope(STREET), PlaceNames.BELOW_STREET, 10)).isEmpty();
    }

    private Match match(String text, String scope) {
        return match(text, scope, AddressMatcher.PLACES);
    }

    private Match match(String text, String scope, List<Level> levels) {
        return matcher.match(text, new DataScope(scope), levels);
    }

    /** The child of that name, made once (the database is shared by this class's tests). */
    private Division child(Division parent, String name, String address, Integer floors) {
        return divisions.namedIn(name, new DataScope(parent.path()), List.of(Level.values()), 50).stream()
                .filter(d -> parent.id() == d.parentId() && d.name().equals(name)).findFirst()
                .orElseGet(() -> places.create(parent.id(), new PlaceForm(name, address, floors, floors == null ? null : 2),
                        DataScope.COUNTRY));
    }
}
