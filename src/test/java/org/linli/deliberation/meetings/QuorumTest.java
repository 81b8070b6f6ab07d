package org.linli.deliberation.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.linli.testing.DeliberationFixtures.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Quorum and majority at and around each boundary the organic laws set. */
class QuorumTest {

    @ParameterizedTest(name = "{0}: {2} of {1} present → {3}")
    @CsvSource({
            // More than half: exactly half is not enough, half plus one is.
            "RESIDENTS_MEETING, 100, 50, false",
            "RESIDENTS_MEETING, 100, 51, true",
            "RESIDENTS_MEETING, 101, 50, false",
            "RESIDENTS_MEETING, 101, 51, true",
            "RESIDENTS_MEETING, 1, 1, true",
            "RESIDENTS_MEETING, 2, 1, false",
            "RESIDENTS_REPRESENTATIVES_MEETING, 30, 15, false",
            "RESIDENTS_REPRESENTATIVES_MEETING, 30, 16, true",
            "JOINT_COMMITTEES_MEETING, 7, 3, false",
            "JOINT_COMMITTEES_MEETING, 7, 4, true",
            "VILLAGERS_MEETING, 800, 400, false",
            "VILLAGERS_MEETING, 800, 401, true",
            // Two thirds or more: exactly two thirds is enough, one fewer is not.
            "VILLAGERS_REPRESENTATIVES_MEETING, 30, 20, true",
            "VILLAGERS_REPRESENTATIVES_MEETING, 30, 19, false",
            "VILLAGERS_REPRESENTATIVES_MEETING, 31, 20, false",
            "VILLAGERS_REPRESENTATIVES_MEETING, 31, 21, true",
            "VILLAGERS_REPRESENTATIVES_MEETING, 32, 21, false",
            "VILLAGERS_REPRESENTATIVES_MEETING, 32, 22, true",
            "VILLAGERS_REPRESENTATIVES_MEETING, 3, 2, true"})
    void quorum(MeetingKind kind, long entitled, long present, boolean met) {
        assertThat(Quorum.check(kind, entitled, present, 0, 0).met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "villagers' meeting: {1} of {0} households represented → {2}")
    @CsvSource({"300, 200, true", "300, 199, false", "301, 201, true", "301, 200, false"})
    void villagersMeetingByHouseholds(long households, long represented, boolean met) {
        // Few villagers present in person, but households are represented.
        assertThat(Quorum.check(MeetingKind.VILLAGERS_MEETING, 900, represented, households, represented).met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} present, {1} for, {2} against, {3} abstaining → {4}")
    @CsvSource({
            "51, 26, 25, 0, true",
            "51, 25, 25, 1, false",
            "50, 25, 25, 0, false",
            "50, 26, 0, 24, true",
            "50, 25, 0, 0, false",
            "20, 11, 0, 9, true",
            "20, 10, 5, 5, false"})
    void majorityOfThosePresent(long present, long forVotes, long against, long abstaining, boolean passed) {
        assertThat(Quorum.passes(present, forVotes, against, abstaining).met()).isEqualTo(passed);
    }

    @Test
    void reasonsAreInChinese() {
        assertThat(Quorum.check(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, 30, 19, 0, 0).reason())
                .isEqualTo("应到 30 人，实到 19 人，未达到三分之二，不能作出决定");
        assertThat(Quorum.check(MeetingKind.RESIDENTS_MEETING, 100, 51, 0, 0).reason()).contains("超过半数，符合法定人数");
        assertThat(Quorum.passes(51, 26, 25, 0).reason()).isEqualTo("出席 51 人，赞成 26、反对 25、弃权 0，赞成票过出席人数半数，通过");
    }

    /** Two thirds or more is reached at exactly two thirds: the minutes say 达到, never 超过 (which would mean more). */
    @ParameterizedTest(name = "{1} of {0} present → {2}")
    @CsvSource({"30, 20, 应到 30 人，实到 20 人，达到三分之二，符合法定人数",
            "30, 21, 应到 30 人，实到 21 人，达到三分之二，符合法定人数",
            "3, 2, 应到 3 人，实到 2 人，达到三分之二，符合法定人数",
            "30, 19, 应到 30 人，实到 19 人，未达到三分之二，不能作出决定"})
    void twoThirdsAreReachedNotExceeded(long entitled, long present, String reason) {
        assertThat(Quorum.check(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, entitled, present, 0, 0).reason()).isEqualTo(reason);
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, Basis.REPRESENTATIVES, entitled, present).reason())
                .isEqualTo(reason).doesNotContain("超过");
    }

    @Test
    void moreThanHalfIsPassedAndHouseholdsReachTwoThirds() {
        assertThat(Quorum.check(MeetingKind.RESIDENTS_MEETING, 100, 51, 0, 0).reason()).isEqualTo("应到 100 人，实到 51 人，超过半数，符合法定人数");
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_MEETING, Basis.HOUSEHOLDS, 6, 4).reason())
                .isEqualTo("应到 6 户，派代表参加 4 户，达到三分之二，符合法定人数");
        assertThat(Assemblies.quorum(MeetingKind.RESIDENTS_MEETING, Basis.HOUSEHOLDS, 10, 6).reason())
                .isEqualTo("应到 10 户，派代表参加 6 户，超过半数，符合法定人数");
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThat(text(catchThrowable(() -> Quorum.check(MeetingKind.RESIDENTS_MEETING, 10, 11, 0, 0)))).contains("不能超过应到人数");
        assertThat(text(catchThrowable(() -> Quorum.passes(10, 6, 5, 0)))).contains("不能超过出席人数");
        assertThat(Quorum.check(MeetingKind.RESIDENTS_MEETING, 0, 0, 0, 0).met()).isFalse();
    }
}
