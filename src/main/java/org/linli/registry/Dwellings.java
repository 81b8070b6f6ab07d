package org.linli.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.linli.audit.AuditLog;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dwellings (实有房屋): their use, floor area and tenure, with every change kept. */
@Service
public class Dwellings {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Dwellings(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Dwelling(long id, String divisionPath, String address, String road, String houseNumber, int entrance,
                           String room, DwellingUse use, BigDecimal floorAreaM2, Tenure tenure) {
    }

    public Dwelling ofHousehold(long householdId, DataScope scope) {
        return jdbc.sql("""
                        SELECT d.id, d.division_path, d.address, d.road, d.house_number, d.entrance, d.room, d.use,
                               d.floor_area_m2, d.tenure
                        FROM dwelling d JOIN household h ON h.dwelling_id = d.id
                        WHERE h.id = :h AND d.division_path LIKE :prefix || '%'""")
                .param("h", householdId).param("prefix", scope.prefix())
                .query(Dwelling.class).optional()
                .orElseThrow(() -> new NotFoundException("household " + householdId));
    }

    @Transactional
    public void update(long householdId, DwellingUse use, BigDecimal area, Tenure tenure, DataScope scope) {
        Dwelling before = ofHousehold(householdId, scope);
        if (use == null || tenure == null) {
            throw new RegistryRejected("use", "请选择房屋用途和产权形式");
        }
        if (area != null && (area.signum() <= 0 || area.compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            throw new RegistryRejected("floorArea", "建筑面积应在 0 到 10,000 平方米之间");
        }
        List<String[]> changes = new ArrayList<>();
        if (before.use() != use) {
            changes.add(new String[] {"用途", before.use().label(), use.label()});
        }
        if (before.tenure() != tenure) {
            changes.add(new String[] {"产权形式", before.tenure().label(), tenure.label()});
        }
        if (!Objects.equals(before.floorAreaM2() == null ? null : before.floorAreaM2().stripTrailingZeros(),
                area == null ? null : area.stripTrailingZeros())) {
            changes.add(new String[] {"建筑面积", text(before.floorAreaM2()), text(area)});
        }
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE dwelling SET use = :u, floor_area_m2 = :a, tenure = :t, updated_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("u", use.name()).param("a", area).param("t", tenure.name()).param("id", before.id()).update();
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        for (String[] c : changes) {
            jdbc.sql("INSERT INTO dwelling_change (dwelling_id, actor, field, old_value, new_value) VALUES (:d, :a, :f, :o, :n)")
                    .param("d", before.id()).param("a", actor).param("f", c[0]).param("o", c[1]).param("n", c[2]).update();
        }
        audit.record("DWELLING_UPDATE", before.address(), before.divisionPath(),
                String.join("；", changes.stream().map(c -> c[0] + " " + c[1] + " → " + c[2]).toList()));
    }

    public List<Residents.Change> history(long householdId, DataScope scope) {
        Dwelling dwelling = ofHousehold(householdId, scope);
        return jdbc.sql("""
                        SELECT at, actor, field, old_value, new_value FROM dwelling_change WHERE dwelling_id = :d
                        ORDER BY at DESC, id DESC""")
                .param("d", dwelling.id()).query(Residents.Change.class).list();
    }

    private static String text(BigDecimal area) {
        return area == null ? "" : area.stripTrailingZeros().toPlainString() + " m²";
    }
}
