package org.linli.demo;

import java.math.BigDecimal;
import java.util.List;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.services.ServicesLoader;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's facility numbers: floor areas of the service centres and places of the day-care
 * centres the services demo placed, a childcare centre and a children's home for 五塔北街社区, and
 * the street's own party-mass service centre and nursing home, whose nursing beds fall a few
 * short of the rule so the standards page has a shortfall to show, and the street's day-care
 * centre serving one committee without its own. Loaded once, with the street.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoFacilityStandards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFacilityStandards.class);
    /** Committee, service centre floor area and the part for residents, day-care places: the first lacks residents' space. */
    private static final Object[][] SIZES = {
            {DemoDistrict.COMMITTEE, "860", "720", 30},
            {"150104001004", "520", "380", 20},
            {"150104001001", "640", "560", 25},
            {"150104002002", "300", "260", null}};

    private final ServicesLoader loader;
    private final Divisions divisions;
    private final Locator locator;
    private final Accounts accounts;

    DemoFacilityStandards(ServicesLoader loader, Divisions divisions, Locator locator, Accounts accounts) {
        this.loader = loader;
        this.divisions = divisions;
        this.locator = locator;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division street = divisions.findByCode(DemoDistrict.STREET).orElse(null);
        Division own = divisions.findByCode(DemoDistrict.COMMITTEE).orElse(null);
        if (street == null || own == null || accounts.findByUsername("street").isEmpty() || loader.keepsFacilities(street)
                || !loader.keepsFacilities(own)) {
            return;
        }
        for (Object[] size : SIZES) {
            divisions.findByCode((String) size[0]).ifPresent(c -> {
                CurrentUser keeper = keeper(c);
                loader.size(c, keeper, "SERVICE_CENTRE", new BigDecimal((String) size[1]), new BigDecimal((String) size[2]), null, null);
                if (size[3] != null) {
                    loader.size(c, keeper, "DAY_CARE", null, null, (Integer) size[3], null);
                }
            });
        }
        LatLon near = locator.centres(List.of(own.path())).get(own.path());
        if (near != null) {
            CurrentUser keeper = keeper(own);
            loader.facility(own, keeper, "CHILDCARE", "五塔北街社区普惠托育园", near.lat() - 0.0003, near.lon() + 0.0002, new BigDecimal("420"),
                    null, 40, null);
            loader.facility(own, keeper, "CHILDREN_HOME", "五塔北街社区儿童之家", near.lat() + 0.0002, near.lon() - 0.0003, new BigDecimal("120"),
                    new BigDecimal("120"), null, null);
        }
        LatLon centre = locator.centres(List.of(street.path())).get(street.path());
        if (centre != null) {
            CurrentUser officer = user("street");
            loader.facility(street, officer, "SERVICE_CENTRE", street.name() + "党群服务中心", centre.lat(), centre.lon(),
                    new BigDecimal("1260"), new BigDecimal("1080"), null, null);
            loader.facility(street, officer, "NURSING_HOME", street.name() + "敬老院", centre.lat() + 0.0012, centre.lon() - 0.0009,
                    new BigDecimal("3400"), null, 120, 30);
            long dayCare = loader.facility(street, officer, "DAY_CARE", street.name() + "综合养老服务中心日间照料部", centre.lat() - 0.0008,
                    centre.lon() + 0.0011, new BigDecimal("680"), null, 40, null);
            // It serves one committee without a centre of its own; the others stay short for the page to show.
            divisions.search("", new DataScope(street.path()), List.of(Level.COMMITTEE), 1000).stream()
                    .filter(c -> !loader.keeps(c, "DAY_CARE")).findFirst()
                    .ifPresent(c -> loader.serve(dayCare, List.of(c.id()), officer));
        }
        log.info("演示设施达标：服务中心面积、日间照料床位、托育与街道设施已登记");
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }

    /** The committee's keeper in the demo: its worker's account for 五塔北街, "system" for the others. */
    private CurrentUser keeper(Division committee) {
        if (committee.code().equals(DemoDistrict.COMMITTEE)) {
            return user("worker");
        }
        return new DemoUser(0, "system", "系统", Role.COMMUNITY_WORKER, committee.id(), new DataScope(committee.path()));
    }
}
