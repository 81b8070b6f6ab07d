package org.linli.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.registry.CommitteeResidents;
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
 * The demo's community services: facilities placed a few tens of metres from the committees'
 * buildings on the demo map, a catalogue for 五塔北街社区 and shorter ones for its neighbours (some
 * kinds of facility left out, so the 15-minute circle has gaps to show), and errands of the
 * {@code resident} account and of other residents in every state. Each committee is loaded once.
 */
@Component
@Order(24)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoServices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoServices.class);
    private static final List<String> NEIGHBOURS = List.of("150104001004", "150104001001", "150104002002");
    /** kind, name (after the committee's short name), hours; which building it stands by is spread over the committee. */
    private static final String[][] FACILITIES = {
            {"SERVICE_CENTRE", "社区党群服务中心", "周一至周五 9:00–12:00，14:30–17:30"},
            {"DAY_CARE", "日间照料中心", "周一至周六 8:30–17:30"},
            {"CANTEEN", "老年食堂", "每日 11:00–13:00，17:00–18:30"},
            {"CLINIC", "社区卫生服务站", "每日 8:00–20:00"},
            {"SCHOOL", "幼儿园", "周一至周五 7:30–17:30"},
            {"MARKET", "惠民菜市场", "每日 6:00–20:00"},
            {"CONVENIENCE", "便民服务点", "每日 8:00–18:00"},
            {"SPORTS", "文体活动广场", "全天开放"}};

    private final ServicesLoader loader;
    private final Divisions divisions;
    private final Locator locator;
    private final Accounts accounts;
    private final CommitteeResidents residents;
    private final Bindings bindings;
    private final Clock clock;

    DemoServices(ServicesLoader loader, Divisions divisions, Locator locator, Accounts accounts, CommitteeResidents residents,
                 Bindings bindings, Clock clock) {
        this.loader = loader;
        this.divisions = divisions;
        this.locator = locator;
        this.accounts = accounts;
        this.residents = residents;
        this.bindings = bindings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division own = divisions.findByCode(DemoDistrict.COMMITTEE).orElse(null);
        if (own == null || accounts.findByUsername("worker").isEmpty() || loader.catalogued(own)) {
            return;
        }
        CurrentUser worker = user("worker");
        Map<String, Long> facilities = facilities(own, worker, FACILITIES.length);
        Map<String, Long> services = new DemoServiceCatalogue(loader, own, worker, facilities).full();
        for (int i = 0; i < NEIGHBOURS.size(); i++) {
            Division committee = divisions.findByCode(NEIGHBOURS.get(i)).orElse(null);
            if (committee != null && !loader.catalogued(committee)) {
                CurrentUser keeper = keeper(committee);
                // Fewer kinds the further down the list, so the circle has gaps to show.
                new DemoServiceCatalogue(loader, committee, keeper, facilities(committee, keeper, FACILITIES.length - 2 - i)).short_();
            }
        }
        errands(own, worker, services);
        log.info("演示社区服务：服务目录、设施与代办已生成");
    }

    /** The committee's first {@code count} kinds of facility, each beside one of its buildings, spread over the committee. */
    private Map<String, Long> facilities(Division committee, CurrentUser keeper, int count) {
        List<Division> buildings = divisions.search("", new DataScope(committee.path()), List.of(Level.BUILDING), 500);
        Map<String, LatLon> points = locator.centres(buildings.stream().map(Division::path).toList());
        List<LatLon> spots = new ArrayList<>();
        buildings.forEach(b -> {
            if (points.containsKey(b.path())) {
                spots.add(points.get(b.path()));
            }
        });
        if (spots.isEmpty()) {
            locator.centres(List.of(committee.path())).values().forEach(spots::add);
        }
        Map<String, Long> ids = new HashMap<>();
        String prefix = committee.name().replace("社区居委会", "").replace("居委会", "").replace("社区", "");
        for (int i = 0; i < count && !spots.isEmpty(); i++) {
            // The first kinds stand in the first part of the committee, so the far buildings miss some of them.
            LatLon by = spots.get(Math.min(spots.size() - 1, i * spots.size() / (count * 2)));
            double lat = Math.round((by.lat() + 0.00018) * 1e6) / 1e6;
            double lon = Math.round((by.lon() + 0.00021) * 1e6) / 1e6;
            String[] f = FACILITIES[i];
            ids.put(f[0], loader.facility(committee, keeper, f[0], prefix + f[1], committee.name().replace("居委会", "") + "内", f[2], lat, lon));
        }
        return ids;
    }

    private void errands(Division committee, CurrentUser worker, Map<String, Long> services) {
        // Without demo residents (a registry-less start) the resident account is not bound and asks for nothing.
        var resident = accounts.findByUsername("resident").filter(a -> bindings.of(a.id()).isPresent())
                .map(a -> user("resident")).orElse(null);
        if (resident != null && services.containsKey("高龄津贴申领")) {
            long allowance = loader.ask(resident, services.get("高龄津贴申领"), "我今年满八十岁了，腿脚不便，想请社区帮忙申领高龄津贴，材料可以上门来取。", null);
            loader.step(worker, allowance, "TAKEN", "已电话联系居民，约定明天上午上门收取材料", null, null);
            loader.step(worker, allowance, "RECEIVED", "上门收取", "身份证复印件\n户口簿复印件\n社保卡复印件", null);
            loader.step(worker, allowance, "SUBMITTED", "已报送街道民政办", null, null);
            long card = loader.ask(resident, services.get("老年人优待证办理"), "请帮我办一张老年人优待证，坐公交用。", null);
            loader.step(worker, card, "TAKEN", null, null, null);
            loader.step(worker, card, "RECEIVED", null, "身份证\n一寸照片1张", null);
            loader.step(worker, card, "SUBMITTED", "已交区老龄办", null, null);
            loader.step(worker, card, "RETURNED", "优待证与身份证一并送还居民", "身份证", null);
            loader.step(worker, card, "DONE", null, null, "优待证已办好并送到家中");
            loader.rate(resident, card, 5, "上门服务，很方便，谢谢小张！");
            loader.ask(resident, services.get("家庭医生签约"), "想和社区卫生服务站的家庭医生签约，老伴也一起。", null);
        }
        List<Long> adults = residents.adults(committee.path(), LocalDate.now(clock));
        if (adults.size() > 20) {
            long disability = loader.ask(worker, services.get("残疾人证申领"), "居民行动不便，由社区代为申领残疾人证，需先预约评残。", adults.get(7));
            loader.step(worker, disability, "TAKEN", "已预约下周三评残", null, null);
            long relief = loader.ask(worker, services.get("临时救助申请"), "家中突发重病，申请临时救助。", adults.get(19));
            loader.step(worker, relief, "TAKEN", null, null, null);
            loader.step(worker, relief, "RECEIVED", null, "身份证复印件\n户口簿复印件\n医院诊断证明", null);
            loader.step(worker, relief, "FAILED", null, null, "家庭收入超过临时救助标准，已告知居民可申请大病医疗救助");
        }
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }

    /** The committee's own worker in the demo (only 五塔北街 has an account; the others keep their catalogue as "system"). */
    private static CurrentUser keeper(Division committee) {
        return new DemoUser(0, "system", "系统", Role.COMMUNITY_WORKER, committee.id(), new DataScope(committee.path()));
    }
}
