package org.linli.demo;

import org.linli.benefits.StandardBenefits;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district adopts the standard catalogue of benefits (高龄津贴, 残疾人两项补贴, 低保年审, …)
 * as its own, rules published from the first day of the year and matched over its residents, so
 * that the catalogue, its figures and the outreach lists have something to show. A real district
 * adopts it, or writes its own, because amounts and thresholds are set by provinces and cities.
 */
@Component
@Order(13)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoBenefits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBenefits.class);

    private final StandardBenefits benefits;
    private final Divisions divisions;

    DemoBenefits(StandardBenefits benefits, Divisions divisions) {
        this.benefits = benefits;
        this.divisions = divisions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElseThrow();
        int added = benefits.adopt(district, "admin");
        if (added > 0) {
            log.info("演示区惠民政策目录已载入 {} 项并完成匹配", added);
        }
    }
}
