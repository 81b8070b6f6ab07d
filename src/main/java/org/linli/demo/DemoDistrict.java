package org.linli.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportProgress;
import org.linli.division.imports.ImportResult;
import org.linli.division.imports.SourceFile;
import org.linli.division.sizing.Sizing;
import org.linli.registry.RegistryLoader;
import org.linli.registry.Organisations;
import org.linli.registry.ResidentTags;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo district, Yuquan (玉泉区, Hohhot), on first start: its real division codes, then
 * generated grids, estates and buildings, committee profiles and one account per role.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoDistrict implements ApplicationRunner {

    static final String DISTRICT = "150104";
    static final String STREET = "150104001";
    static final String COMMITTEE = "150104001002";
    static final String PASSWORD = "linli2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final DivisionImporter importer;
    private final Divisions divisions;
    private final Places places;
    private final Sizing sizing;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final RegistryLoader registry;
    private final ResidentTags tags;
    private final Organisations organisations;
    private final List<String> registryStreets;
    private final long seed;
    private final DemoCaseLoop caseLoop;

    DemoDistrict(DivisionImporter importer, Divisions divisions, Places places, Sizing sizing, Accounts accounts,
                 TransactionTemplate transaction, RegistryLoader registry, ResidentTags tags, Organisations organisations,
                 @Value("${linli.demo.registry-streets:}") List<String> registryStreets,
                 @Value("${linli.demo.seed}") long seed, DemoCaseLoop caseLoop) {
        this.caseLoop = caseLoop;
        this.registry = registry;
        this.tags = tags;
        this.organisations = organisations;
        this.registryStreets = registryStreets.stream().filter(s -> !s.isBlank()).toList();
        this.importer = importer;
        this.divisions = divisions;
        this.places = places;
        this.sizing = sizing;
        this.accounts = accounts;
        this.transaction = transaction;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.findByUsername("admin").isEmpty()) {
            load();
        }
        caseLoop.ensure(divisions.findByCode(DISTRICT).orElseThrow(), divisions.findByCode(STREET).orElseThrow());
    }

    /** The accounts are printed once Linli answers with pages, after every start-up task (until then it answers 503). */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        printAccounts();
    }

    void load() throws IOException {
        log.info("首次启动：载入演示区划（玉泉区）");
        List<SourceFile> files = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:demo/divisions/*.csv")) {
            byte[] bytes = r.getContentAsByteArray();
            files.add(SourceFile.of(r.getFilename(), bytes));
        }
        transaction.executeWithoutResult(tx -> {
            ImportResult result = importer.importFiles(files, ImportProgress.NONE);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("演示区划数据有误：" + result.problems());
            }
            Division district = divisions.findByCode(DISTRICT).orElseThrow();
            List<Division> committees = divisions.search("", new DataScope(district.path()), List.of(Level.COMMITTEE), 10_000);
            DemoPlaces generated = new DemoPlaces(seed);
            generated.generate(committees);
            places.createAll(generated.places);
            generated.profiles.forEach(p -> sizing.recordProfile(p.committeeId(), p.households(), p.serviceAreaM2()));
            createAccounts(district);
            accounts.createSystemAccounts(new DemoStaff(seed).gridWorkers(
                    divisions.search("", new DataScope(district.path()), List.of(Level.GRID), 100_000),
                    COMMITTEE + "001"), PASSWORD);
            loadPeople(committees, generated);
            java.util.Map<Long, List<Division>> estates = new java.util.HashMap<>();
            for (Division committee : committees) {
                estates.put(committee.id(), divisions.search("", new DataScope(committee.path()), List.of(Level.ESTATE), 1000));
            }
            new DemoOrganisations(seed).load(organisations, committees, estates);
        });
    }

    /** Dwellings, households and residents for every committee (or those of the configured streets). */
    private void loadPeople(List<Division> committees, DemoPlaces generated) {
        DemoPeople people = new DemoPeople(seed);
        java.util.Map<Long, Integer> households = new java.util.HashMap<>();
        generated.profiles.forEach(p -> households.put(p.committeeId(), p.households()));
        long residents = 0;
        for (Division committee : committees) {
            if (!registryStreets.isEmpty() && registryStreets.stream().noneMatch(s -> committee.code().startsWith(s))) {
                continue;
            }
            DataScope scope = new DataScope(committee.path());
            List<Division> buildings = divisions.search("", scope, List.of(Level.BUILDING), 100_000);
            java.util.Map<Long, Division> estates = new java.util.HashMap<>();
            divisions.search("", scope, List.of(Level.ESTATE), 100_000).forEach(e -> estates.put(e.id(), e));
            residents += registry.load(people.committee(buildings, estates, households.getOrDefault(committee.id(), 0)));
        }
        registry.feedSizing();
        tags.assignAtRates(DemoTagRates.eligibility(), DemoTagRates.rates(), String.valueOf(seed));
        log.info("演示居民 {} 人已生成", residents);
    }

    private void createAccounts(Division district) {
        Division street = divisions.findByCode(STREET).orElseThrow();
        Division committee = divisions.findByCode(COMMITTEE).orElseThrow();
        Division grid = divisions.findByCode(COMMITTEE + "001").orElseThrow();
        accounts.createSystemAccount("admin", "王建国", Role.DISTRICT_ADMIN, district, PASSWORD);
        accounts.createSystemAccount("street", "李秀英", Role.STREET_STAFF, street, PASSWORD);
        accounts.createSystemAccount("worker", "张丽", Role.COMMUNITY_WORKER, committee, PASSWORD);
        accounts.createSystemAccount("grid", "刘强", Role.GRID_WORKER, grid, PASSWORD);
        accounts.createSystemAccount("dept", "赵敏", Role.DEPARTMENT_STAFF, district, PASSWORD);
        accounts.createSystemAccount("resident", "陈阿姨", Role.RESIDENT, committee, PASSWORD);
    }

    private void printAccounts() {
        String text = """

                ================ 邻里 Linli 演示账户（密码均为 %s） ================
                  admin     区级管理员     玉泉区
                  street    街道工作人员   小召前街街道
                  worker    社区工作者     五塔北街社区居委会
                  grid      网格员         五塔北街社区 第1网格
                  dept      职能部门人员   玉泉区城市管理综合行政执法局
                  dept2     职能部门人员   玉泉区住房和城乡建设局
                  resident  居民           五塔北街社区居委会
                  居民反映问题（无需登录）：http://localhost:8080/report
                  凭查询码查看办理进度和答复：http://localhost:8080/track
                =====================================================================
                """.formatted(PASSWORD);
        System.out.println(text);
    }
}
