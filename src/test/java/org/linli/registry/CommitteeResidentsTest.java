package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.IdNumber;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's face for the residents of one committee's area, on the demo district: each
 * answer is what the registry's own tables say, for any number of people in one query.
 */
@LinliTest
class CommitteeResidentsTest {

    /** 五塔北街社区居委会 and a committee of another street. */
    static final String HOME = "/15/1501/150104/150104001/150104001002/";
    static final String ELSEWHERE = "/15/1501/150104/150104002/";

    @Autowired
    CommitteeResidents residents;
    @Autowired
    PersonalData personalData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void adultsAreTheLivingResidentsOfAgeOnTheDay() {
        LocalDate today = clock.today();
        List<Long> adults = residents.adults(HOME, today);
        assertThat(adults).isNotEmpty().isSorted().containsExactlyElementsOf(ids("""
                SELECT id FROM resident WHERE division_path LIKE :p || '%' AND status = 'LIVING' AND birth_date <= :born ORDER BY id""",
                today.minusYears(18)));
        // Someone who turns 18 tomorrow is an adult on a meeting held tomorrow, not today.
        List<Long> tomorrow = residents.adults(HOME, today.plusDays(1));
        assertThat(tomorrow).containsAll(adults).hasSize(adults.size() + ids("""
                SELECT id FROM resident WHERE division_path LIKE :p || '%' AND status = 'LIVING' AND birth_date = :born""",
                today.plusDays(1).minusYears(18)).size());
    }

    @Test
    void householdsAreTheOpenOnesWithALivingAdult() {
        LocalDate today = clock.today();
        assertThat(residents.households(HOME, today)).isNotEmpty().doesNotHaveDuplicates().containsExactlyElementsOf(ids("""
                SELECT DISTINCT r.household_id FROM resident r JOIN household h ON h.id = r.household_id
                WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :born AND h.closed_on IS NULL
                ORDER BY r.household_id""", today.minusYears(18)));
    }

    @Test
    void peopleAreFoundByIdsAndHouseholdsByTheirHead() {
        List<Long> some = residents.adults(HOME, clock.today()).subList(0, 5);
        List<ResidentView> found = residents.find(List.of(some.get(3), some.get(1), -1L));
        assertThat(found).extracting(ResidentView::id).containsExactly(some.get(1), some.get(3));
        assertThat(found).allSatisfy(r -> assertThat(r.address()).isNotBlank());
        assertThat(residents.find(List.of())).isEmpty();

        long household = found.getFirst().householdId();
        assertThat(residents.heads(List.of(household))).singleElement().satisfies(head -> {
            assertThat(head.householdId()).isEqualTo(household);
            List<ResidentView> members = residents.find(jdbc.sql("SELECT id FROM resident WHERE household_id = :h")
                    .param("h", household).query(Long.class).list());
            boolean hasHead = members.stream().anyMatch(m -> m.relation() == Relation.HEAD);
            assertThat(hasHead ? head.relation() == Relation.HEAD
                    : members.stream().noneMatch(m -> m.birthDate().isBefore(head.birthDate()))).isTrue();
        });
    }

    @Test
    void adultsAreSearchedByNameOrTheIdNumbersLastFour() {
        ResidentView someone = residents.find(residents.adults(HOME, clock.today()).subList(0, 1)).getFirst();
        assertThat(residents.searchAdults(HOME, someone.name().substring(0, 1), clock.today(), 500)).extracting(ResidentView::id)
                .contains(someone.id());
        assertThat(residents.searchAdults(HOME, someone.idLast4(), clock.today(), 500)).extracting(ResidentView::id)
                .contains(someone.id());
        assertThat(residents.searchAdults(ELSEWHERE, someone.idLast4(), clock.today(), 500)).extracting(ResidentView::id)
                .doesNotContain(someone.id());
        assertThat(residents.searchAdults(HOME, "%", clock.today(), 500)).isEmpty();
        assertThat(residents.searchAdults(HOME, " ", clock.today(), 500)).isEmpty();
    }

    @Test
    void aResidentIsFoundByTheirIdNumberWithinTheCommitteeOnly() {
        ResidentView someone = residents.find(residents.adults(HOME, clock.today()).subList(0, 1)).getFirst();
        String number = personalData.open(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :r").param("r", someone.id())
                .query(byte[].class).single());
        assertThat(residents.findByIdNumber(HOME, IdNumber.parse(number))).map(ResidentView::id).hasValue(someone.id());
        assertThat(residents.findByIdNumber(ELSEWHERE, IdNumber.parse(number))).isEmpty();
    }

    private List<Long> ids(String sql, LocalDate born) {
        return jdbc.sql(sql).param("p", HOME).param("born", born).query(Long.class).list();
    }
}
