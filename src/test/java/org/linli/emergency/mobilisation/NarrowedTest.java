package org.linli.emergency.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linli.shared.DataScope;

/** The list kept to a declared place: the deeper of the user's part and the place, or nothing when they do not meet. */
class NarrowedTest {

    private static final DataScope COMMITTEE = new DataScope("/15/1501/150104/150104001/150104001002/");

    @Test
    void aPlaceWithinTheScopeNarrowsItAndAScopeWithinThePlaceStays() {
        assertThat(MobilisationList.narrowed(COMMITTEE, COMMITTEE.path() + "150104001002001/"))
                .isEqualTo(new DataScope(COMMITTEE.path() + "150104001002001/"));
        DataScope grid = new DataScope(COMMITTEE.path() + "150104001002001/");
        assertThat(MobilisationList.narrowed(grid, COMMITTEE.path())).isEqualTo(grid);
        assertThat(MobilisationList.narrowed(grid, COMMITTEE.path() + "150104001002002/")).isNull();
        assertThat(MobilisationList.narrowed(COMMITTEE, COMMITTEE.path())).isEqualTo(COMMITTEE);
    }
}
