package org.linli.demo;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo committee's voters: the {@code resident} account bound to a real adult resident of
 * 五塔北街社区 (陈阿姨), and a roster of 30 representatives — the [003] minimum for a
 * representatives' meeting — one per household, at least a third of them women. Runs on every
 * start after the district is loaded and adds only what is missing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoVoting implements ApplicationRunner {

    static final int REPRESENTATIVES = 30;
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董";

    private final Divisions divisions;
    private final Accounts accounts;
    private final Bindings bindings;
    private final Representatives representatives;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoVoting(Divisions divisions, Accounts accounts, Bindings bindings, Representatives representatives,
               TransactionTemplate transaction, Clock clock) {
        this.clock = clock;
        this.divisions = divisions;
        this.accounts = accounts;
        this.bindings = bindings;
        this.representatives = representatives;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division committee = divisions.findByCode(DemoDistrict.COMMITTEE).orElse(null);
        var account = accounts.findByUsername("resident").orElse(null);
        if (committee == null || account == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(tx -> {
            if (bindings.of(account.id()).isEmpty()) {
                representatives.candidates(committee, "陈").stream()
                        .filter(p -> p.sex() == Sex.FEMALE && p.age(today) >= 55 && p.age(today) <= 75).findFirst()
                        .or(() -> representatives.candidates(committee, "陈").stream().filter(p -> p.age(today) >= 30).findFirst())
                        .ifPresent(p -> bindings.enrol(account.id(), p.id(), committee));
            }
            if (representatives.roster(committee).isEmpty()) {
                for (Person p : roster(committee)) {
                    representatives.enrol(committee, p.id(), "system");
                }
            }
        });
    }

    /** One adult per household, taken surname by surname, alternating women and men. */
    private List<Person> roster(Division committee) {
        LocalDate today = LocalDate.now(clock);
        List<Person> chosen = new ArrayList<>();
        Set<Long> households = new HashSet<>();
        for (int i = 0; chosen.size() < REPRESENTATIVES && i < SURNAMES.length() * 4; i++) {
            String surname = String.valueOf(SURNAMES.charAt(i % SURNAMES.length()));
            Sex wanted = chosen.size() % 2 == 0 ? Sex.FEMALE : Sex.MALE;
            representatives.candidates(committee, surname).stream()
                    .filter(p -> p.sex() == wanted && p.age(today) >= 25 && !households.contains(p.householdId())
                            && chosen.stream().noneMatch(c -> c.id() == p.id()))
                    .findFirst().ifPresent(p -> {
                        chosen.add(p);
                        households.add(p.householdId());
                    });
        }
        return chosen;
    }
}
