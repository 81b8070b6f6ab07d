package org.linli.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
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

    // The wanted tags as two parallel arrays, each tag with the age it counts from.
    private static final String PLACED = """
            FROM resident r
            JOIN household h ON h.id = r.household_id
            JOIN dwelling d ON d.id = h.dwelling_id
            JOIN resident_tag rt ON rt.resident_id = r.id AND rt.since <= :day AND (rt.until IS NULL OR rt.until > :day)
            JOIN unnest(CAST(:codes AS text[]), CAST(:ages AS int[])) AS w(code, from_age)
              ON w.code = rt.tag_code AND r.birth_date <= CAST(:day AS date) - make_interval(years => w.from_age)
            WHERE r.status = 'LIVING' AND r.division_path LIKE :prefix || '%'
              AND NOT (r.id = ANY (CAST(:except AS bigint[])))
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

    List<TaggedResidents.Placed> placed(DataScope scope, List<TaggedResidents.Wanted> wanted, LocalDate day, Collection<Long> except,
                                        int limit, int offset) {
        return jdbc.sql("""
                        SELECT r.id, r.name, r.division_path, r.birth_date, r.phone_first3, r.phone_last4, r.phone_cipher,
                               d.entrance, d.room, CASE WHEN d.room ~ '^[0-9]{3,4}$' THEN CAST(d.room AS integer) / 100 END AS floor,
                               array_agg(DISTINCT rt.tag_code) AS codes
                        """ + PLACED + """
                        GROUP BY r.id, d.id
                        ORDER BY r.division_path, d.entrance, floor NULLS LAST, length(d.room), d.room, r.id
                        LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("day", day)
                .param("codes", wanted.stream().map(TaggedResidents.Wanted::code).toArray(String[]::new))
                .param("ages", wanted.stream().map(TaggedResidents.Wanted::fromAge).toArray(Integer[]::new))
                .param("except", except.toArray(Long[]::new))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    String first3 = rs.getString("phone_first3");
                    List<String> codes = new ArrayList<>();
                    for (Object code : array(rs.getArray("codes"))) {
                        codes.add((String) code);
                    }
                    return new TaggedResidents.Placed(rs.getLong("id"), rs.getString("name"), rs.getString("division_path"),
                            rs.getInt("entrance"), rs.getString("room"), rs.getObject("floor", Integer.class),
                            Period.between(rs.getObject("birth_date", LocalDate.class), day).getYears(), List.copyOf(codes),
                            first3 == null ? "" : org.linli.shared.Masks.phone(first3, rs.getString("phone_last4")),
                            rs.getBytes("phone_cipher"));
                }).list();
    }

    long countPlaced(DataScope scope, List<TaggedResidents.Wanted> wanted, LocalDate day, Collection<Long> except) {
        return jdbc.sql("SELECT count(DISTINCT r.id) " + PLACED)
                .param("prefix", scope.prefix()).param("day", day)
                .param("codes", wanted.stream().map(TaggedResidents.Wanted::code).toArray(String[]::new))
                .param("ages", wanted.stream().map(TaggedResidents.Wanted::fromAge).toArray(Integer[]::new))
                .param("except", except.toArray(Long[]::new))
                .query(Long.class).single();
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
