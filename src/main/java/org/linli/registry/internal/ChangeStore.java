package org.linli.registry.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.linli.registry.Residents.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The histories: {@code resident_change} (masked old and new values) and {@code dwelling_change}. */
@Component
public class ChangeStore {

    private final JdbcClient jdbc;

    ChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void residentChanged(long residentId, long householdId, String actor, String field, String oldValue,
                                String newValue, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO resident_change (resident_id, household_id, actor, field, old_value, new_value, at)
                        VALUES (:r, :h, :actor, :field, :old, :new, :at)""")
                .param("r", residentId).param("h", householdId).param("actor", actor).param("field", field)
                .param("old", oldValue).param("new", newValue).param("at", at)
                .update();
    }

    /**
     * A tag's entries name the tag first ({@code 社区矫正对象（自 2024-01-01）}); those of a sensitive
     * tag are left out unless {@code :sensitive}, the same rule as the tag list.
     */
    private static final String VISIBLE = " AND (:sensitive OR c.field <> '标签' OR NOT EXISTS (SELECT 1 FROM tag t"
            + " WHERE t.sensitive AND (c.old_value LIKE t.name || '（%' OR c.new_value LIKE t.name || '（%')))";

    /** @param sensitive whether the reader may see sensitive tags */
    public List<Change> ofResident(long residentId, boolean sensitive) {
        return jdbc.sql("""
                        SELECT c.at, c.actor, c.field, c.old_value, c.new_value FROM resident_change c
                        WHERE c.resident_id = :id""" + VISIBLE + " ORDER BY c.at DESC, c.id DESC")
                .param("id", residentId).param("sensitive", sensitive).query(Change.class).list();
    }

    /** Changes to the members of a household, newest first, each named by its member. */
    public List<Change> ofHousehold(long householdId, boolean sensitive) {
        return jdbc.sql("""
                        SELECT c.at, c.actor, r.name || '·' || c.field AS field, c.old_value, c.new_value
                        FROM resident_change c JOIN resident r ON r.id = c.resident_id
                        WHERE c.household_id = :h""" + VISIBLE + " ORDER BY c.at DESC, c.id DESC LIMIT 200")
                .param("h", householdId).param("sensitive", sensitive).query(Change.class).list();
    }

    public void dwellingChanged(long dwellingId, String actor, String field, String oldValue, String newValue,
                                OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO dwelling_change (dwelling_id, actor, field, old_value, new_value, at)
                        VALUES (:d, :a, :f, :o, :n, :at)""")
                .param("d", dwellingId).param("a", actor).param("f", field).param("o", oldValue).param("n", newValue)
                .param("at", at).update();
    }

    public List<Change> ofDwelling(long dwellingId) {
        return jdbc.sql("""
                        SELECT at, actor, field, old_value, new_value FROM dwelling_change WHERE dwelling_id = :d
                        ORDER BY at DESC, id DESC""")
                .param("d", dwellingId).query(Change.class).list();
    }
}
