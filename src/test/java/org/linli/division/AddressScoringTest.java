package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The score of one place against a text, without a database. */
class AddressScoringTest {

    private final Map<String, Division> byCode = new HashMap<>();
    private final Division estate = node("150104001002002001", "泰和家园", Level.ESTATE, "昭君路12号",
            node("150104001002002", "第2网格", Level.GRID, null,
                    node("150104001002", "五塔北街社区居委会", Level.COMMITTEE, null,
                            node("150104001", "小召前街街道", Level.STREET, null,
                                    node("150104", "玉泉区", Level.COUNTY, null,
                                            node("1501", "呼和浩特市", Level.CITY, null,
                                                    node("15", "内蒙古自治区", Level.PROVINCE, null, null)))))));
    private final Division building = node("150104001002002001003", "3号楼", Level.BUILDING, null, estate);

    @Test
    void theWholeNameOrAddressNamesTheEstate() {
        assertThat(score("泰和家园", estate)).isEqualTo(1.0);
        assertThat(score("昭君路12号", estate)).isEqualTo(1.0);
        assertThat(score("呼和浩特市玉泉区昭君路12号", estate)).isEqualTo(1.0);
        assertThat(score("泰和", estate)).isEqualTo(0.8);
        assertThat(score("昭君路", estate)).isEqualTo(0.5);
        assertThat(score("泰和家园东侧", estate)).isCloseTo(0.867, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aBuildingNeedsItsNumber() {
        assertThat(score("泰和家园3号楼2单元301室", building)).isEqualTo(1.0);
        assertThat(score("昭君路12号泰和家园3号楼", building)).isEqualTo(1.0);
        assertThat(score("泰和家园13号楼", building)).isZero();
        assertThat(score("泰和家园", building)).isZero();
    }

    private double score(String text, Division place) {
        return AddressScoring.score(AddressText.normalise(text), place, byCode).map(AddressScoring.Scored::score).orElse(0.0);
    }

    private Division node(String code, String name, Level level, String address, Division parent) {
        String path = (parent == null ? "/" : parent.path()) + code + "/";
        Division d = new Division(byCode.size() + 1, code, name, level, null, parent == null ? null : parent.id(), path, 0, 0,
                address, null, null);
        byCode.put(code, d);
        return d;
    }
}
