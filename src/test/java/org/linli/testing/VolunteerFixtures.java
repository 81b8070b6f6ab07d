package org.linli.testing;

import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.linli.registry.internal.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Activities and volunteers for the volunteers module's tests on the demo district: an activity of
 * 五塔北街社区 created through the worker's form on a day to come (the clock is then moved to it), its
 * code, the demo resident's volunteer record, and residents who are not volunteers yet.
 */
public final class VolunteerFixtures {

    /** 五塔北街社区, the demo committee; the {@code worker} and {@code grid} accounts organise its activities. */
    public static final String COMMITTEE_PATH = "/15/1501/150104/150104001/150104001002/";
    /** A grid worker of 五塔寺前街社区, the neighbouring committee. */
    public static final String NEIGHBOUR_GRID_WORKER = "g150104001004001";

    private VolunteerFixtures() {
    }

    /** The worker publishes an activity on {@code day} from {@code start} to {@code end} ("HH:mm"); its id. */
    public static long activity(MockMvc mvc, String title, LocalDate day, String start, String end, int places) throws Exception {
        MvcResult result = mvc.perform(post("/activities").with(as("worker")).with(csrf())
                        .param("title", title).param("day", day.toString()).param("startTime", start).param("endTime", end)
                        .param("place", "五塔北街社区广场").param("places", String.valueOf(places)).param("skills", "ENVIRONMENT"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/activities/")) {
            throw new IllegalStateException("activity not created: " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring("/activities/".length()));
    }

    public static String code(JdbcClient jdbc, long activityId) {
        return jdbc.sql("SELECT code FROM volunteer_activity WHERE id = :id").param("id", activityId).query(String.class).single();
    }

    /** The instant of a local time on a day, in the application's zone. */
    public static Instant at(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    /** The volunteer record of a demo account (the {@code resident} is registered by the demo). */
    public static long volunteerOf(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT v.id FROM volunteer v JOIN account a ON a.id = v.account_id WHERE a.username = :u")
                .param("u", username).query(Long.class).single();
    }

    /** The demo resident's attendance at an activity: status and minutes. */
    public record Attended(long id, String status, Integer minutes) {
    }

    public static Attended attendance(JdbcClient jdbc, long activityId, String username) {
        return jdbc.sql("""
                        SELECT t.id, t.status, t.minutes FROM volunteer_attendance t
                         WHERE t.activity_id = :a AND t.volunteer_id = :v""")
                .param("a", activityId).param("v", volunteerOf(jdbc, username))
                .query((rs, n) -> new Attended(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3))).single();
    }

    /** A living adult resident below the path who is not a volunteer, with the whole ID number ({@code skip} picks another). */
    public static RegistryFixtures.Person notVolunteer(JdbcClient jdbc, Vault vault, String path, int skip) {
        return jdbc.sql("""
                        SELECT r.id, r.household_id, r.name, r.id_cipher FROM resident r
                         WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date < DATE '2000-01-01'
                           AND NOT EXISTS (SELECT 1 FROM volunteer v WHERE v.resident_id = r.id)
                         ORDER BY r.id DESC LIMIT 1 OFFSET :skip""")
                .param("p", path).param("skip", skip)
                .query((rs, i) -> new RegistryFixtures.Person(rs.getLong(1), rs.getLong(2), rs.getString(3), vault.decrypt(rs.getBytes(4))))
                .single();
    }
}
