package org.linli.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.volunteers.VolunteersLoader;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Volunteers of 五塔北街社区 and two neighbouring committees: residents of the registry (and the demo
 * {@code resident} account's own record), a few from elsewhere with a phone; past activities with
 * certified hours (credited to the time bank), one activity today open for sign-in — from the start
 * of the current hour for three hours, so it is open whenever the demo is first started — and one
 * next week. Runs after the voting demo has bound the resident account; loads once per committee.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoVolunteers implements ApplicationRunner {

    static final String TODAY_TITLE = "社区环境清洁日";
    private static final List<String> OTHER_COMMITTEES = List.of(DemoDistrict.STREET + "004", DemoDistrict.STREET + "005");
    private static final List<List<String>> SKILLS = List.of(List.of("ELDER_CARE"), List.of("ENVIRONMENT", "CIVILITY"),
            List.of("MEDICAL"), List.of("TUTORING"), List.of("REPAIR", "DRIVING"), List.of("CULTURE"), List.of("LEGAL"),
            List.of("PSYCHOLOGY", "ELDER_CARE"));
    private static final List<String> PAST = List.of("重阳节敬老慰问", "垃圾分类宣传", "义诊进社区", "四点半课堂辅导");

    private final VolunteersLoader loader;
    private final Divisions divisions;
    private final CommitteeResidents residents;
    private final Accounts accounts;
    private final Bindings bindings;
    private final Clock clock;

    DemoVolunteers(VolunteersLoader loader, Divisions divisions, CommitteeResidents residents, Accounts accounts, Bindings bindings,
                   Clock clock) {
        this.loader = loader;
        this.divisions = divisions;
        this.residents = residents;
        this.accounts = accounts;
        this.bindings = bindings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Division> main = divisions.findByCode(DemoDistrict.COMMITTEE);
        if (main.isEmpty() || loader.anyIn(main.get().path())) {
            return;
        }
        Division committee = main.get();
        List<Long> volunteers = new ArrayList<>();
        Long own = accounts.findByUsername("resident").flatMap(a -> bindings.of(a.id()).map(b -> {
            long id = loader.volunteer(committee.id(), committee.path(), b.residentId(), a.id(), b.name(), null,
                    List.of("ELDER_CARE", "CULTURE"), LocalDate.now(clock).minusMonths(3));
            return id;
        })).orElse(null);
        volunteers.addAll(load(committee, 12, own));
        if (own != null && own > 0) {
            volunteers.add(0, own);
        }
        history(committee, volunteers, PAST.size());
        today(committee, volunteers);
        for (String code : OTHER_COMMITTEES) {
            divisions.findByCode(code).filter(c -> !loader.anyIn(c.path())).ifPresent(c -> history(c, load(c, 4, null), 1));
        }
    }

    /** Volunteers of the committee: registry residents (the bound resident left out), and two from elsewhere by phone. */
    private List<Long> load(Division committee, int fromRegistry, Long skipResident) {
        LocalDate today = LocalDate.now(clock);
        List<Long> adults = residents.adults(committee.path(), today);
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < adults.size() && picked.size() < fromRegistry; i += Math.max(1, adults.size() / (fromRegistry + 1))) {
            picked.add(adults.get(i));
        }
        List<Long> ids = new ArrayList<>();
        int n = 0;
        for (ResidentView r : residents.find(picked)) {
            long id = loader.volunteer(committee.id(), committee.path(), r.id(), null, r.name(), null, SKILLS.get(n++ % SKILLS.size()),
                    today.minusMonths(6).plusDays(n));
            if (id > 0) {
                ids.add(id);
            }
        }
        ids.add(loader.volunteer(committee.id(), committee.path(), null, null, "赵志远", "13904710" + String.format("%03d", committee.id() % 1000),
                List.of("MEDICAL"), today.minusMonths(5)));
        ids.add(loader.volunteer(committee.id(), committee.path(), null, null, "钱晓梅", "13804710" + String.format("%03d", committee.id() % 1000),
                List.of("TUTORING", "CULTURE"), today.minusMonths(4)));
        return ids;
    }

    /** Past activities, about a fortnight apart, each attended by most volunteers and certified. */
    private void history(Division committee, List<Long> volunteers, int count) {
        LocalDate today = LocalDate.now(clock);
        for (int k = 0; k < count; k++) {
            LocalDate day = today.minusDays(14L * (count - k) + 3);
            OffsetDateTime starts = day.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toOffsetDateTime();
            OffsetDateTime ends = starts.plusHours(2).plusMinutes(30);
            String title = PAST.get(k % PAST.size());
            long activity = loader.activity(committee.id(), committee.path(), title, "社区党群服务中心", "", starts, ends,
                    SKILLS.get(k % SKILLS.size()), Math.max(volunteers.size(), 10));
            for (int v = 0; v < volunteers.size(); v++) {
                if ((v + k) % 4 == 3) {
                    continue;
                }
                loader.attended(activity, volunteers.get(v), starts.minusMinutes(v % 3 * 5), ends.minusMinutes(v % 5 * 10), ends);
            }
            loader.certify(activity, committee.path(), title, day);
        }
    }

    /** Today's activity, open for sign-in now, with the resident signed up; and one next week. */
    private void today(Division committee, List<Long> volunteers) {
        OffsetDateTime starts = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        long today = loader.activity(committee.id(), committee.path(), TODAY_TITLE, "五塔北街社区广场", "清理楼道杂物和绿地垃圾，请带手套。",
                starts, starts.plusHours(3), List.of("ENVIRONMENT"), 20);
        volunteers.stream().limit(3).forEach(v -> loader.signedUp(today, v));
        OffsetDateTime next = LocalDate.now(clock).plusDays(7).atTime(LocalTime.of(14, 0)).atZone(clock.getZone()).toOffsetDateTime();
        loader.activity(committee.id(), committee.path(), "独居老人上门探访", "各网格", "两人一组，探访前与网格员联系。", next, next.plusHours(2),
                List.of("ELDER_CARE"), 8);
    }
}
