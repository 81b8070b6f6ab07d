package org.linli.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.linli.registry.TaggedResidents.CatalogueTag;
import org.linli.registry.TaggedResidents.HeldTag;
import org.linli.registry.TaggedResidents.Tagged;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link TaggedResidents}: residents with the tags they hold on a day, age tags from the birth date. */
@Component
class TaggedResidentStore {

    // A tag is held on a day from its first day until (not including) the day it ended.
    private static final String SELECT = """
            SELECT r.id, r.household_id, r.division_path, r.status, r.birth_date,
                   array_agg(t.code ORDER BY t.sort) FILTER (WHERE t.code IS NOT NULL) AS codes,
                   array_agg(t.name ORDER BY t.sort) FILTER (WHERE t.code IS NOT NULL) AS names,
                   array_agg(t.sensitive ORDER BY t.sort) FILTER (WHERE t.code IS NOT NULL) AS sensitive,
                   array_agg(rt.since ORDER BY t.sort) FILTER (WHERE t.code IS NOT NULL) AS since
            FROM resident r
            LEFT JOIN resident_tag rt ON rt.resident_id = r.id AND rt.since <= :day AND (rt.until IS NULL OR rt.until > :day)
            LEFT JOIN tag t ON t.code = rt.tag_code
            """;

    private final JdbcClient jdbc;

    TaggedResidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tagged> of(long residentId, LocalDate day) {
        return jdbc.sql(SELECT + " WHERE r.id = :id GROUP BY r.id")
                .param("id", residentId).param("day", day)
                .query((rs, n) -> tagged(rs, day)).optional();
    }

    void forEachTagged(DataScope scope, LocalDate day, Consumer<Tagged> each) {
        jdbc.sql(SELECT + """
                         WHERE r.status = 'LIVING' AND r.division_path LIKE :prefix || '%'
                           AND (r.birth_date <= :aged OR rt.id IS NOT NULL)
                         GROUP BY r.id ORDER BY r.id""")
                .param("prefix", scope.prefix()).param("day", day).param("aged", day.minusYears(60))
                .query(rs -> {
                    each.accept(tagged(rs, day));
                });
    }

    List<CatalogueTag> catalogue() {
        return jdbc.sql("SELECT code, name, sensitive, derived FROM tag WHERE active ORDER BY sort").query(CatalogueTag.class).list();
    }

    private static Tagged tagged(ResultSet rs, LocalDate day) throws SQLException {
        List<HeldTag> tags = new ArrayList<>();
        LocalDate born = rs.getObject("birth_date", LocalDate.class);
        int age = Period.between(born, day).getYears();
        if (age >= 60) {
            tags.add(new HeldTag("AGED_60", "60 岁以上老人", false, born.plusYears(60)));
        }
        if (age >= 80) {
            tags.add(new HeldTag("AGED_80", "80 岁以上高龄", false, born.plusYears(80)));
        }
        Object[] codes = array(rs.getArray("codes"));
        Object[] names = array(rs.getArray("names"));
        Object[] sensitive = array(rs.getArray("sensitive"));
        Object[] since = array(rs.getArray("since"));
        for (int i = 0; i < codes.length; i++) {
            tags.add(new HeldTag((String) codes[i], (String) names[i], (Boolean) sensitive[i], date(since[i])));
        }
        return new Tagged(rs.getLong("id"), rs.getLong("household_id"), rs.getString("division_path"),
                LivingStatus.valueOf(rs.getString("status")), List.copyOf(tags));
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
