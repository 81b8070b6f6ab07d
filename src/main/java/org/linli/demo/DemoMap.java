package org.linli.demo;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Shapes;
import org.linli.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Draws the demo district on the map once its places exist: on first start, and on the first
 * start of a data folder made before the district had shapes.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoMap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMap.class);

    private final Divisions divisions;
    private final Shapes shapes;

    DemoMap(Divisions divisions, Shapes shapes) {
        this.divisions = divisions;
        this.shapes = shapes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (shapes.any()) {
            return;
        }
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElseThrow();
        List<Division> below = divisions.search("", new DataScope(district.path()),
                List.of(Level.STREET, Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING), 1_000_000);
        DemoShapes generated = new DemoShapes(district, below);
        shapes.load(generated.drawn, "system");
        log.info("演示地图：{} 处边界与点位已生成", generated.drawn.size());
    }
}
