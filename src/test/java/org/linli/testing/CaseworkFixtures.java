package org.linli.testing;

import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Shared builders of the case loop's test data, through its pages as the demo accounts use them
 * ({@code worker} of 五塔北街社区 150104001002, {@code street} of 小召前街, {@code dept}/{@code dept2}
 * of 城管/住建), and a small district for module tests that start on an empty database.
 */
public final class CaseworkFixtures {

    /** A 1×1 PNG, a real photo as far as the intake's sniffing goes. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** The demo committee most tests work in, and one of its grids. */
    public static final String COMMITTEE = "150104001002";
    public static final String GRID = "150104001002001";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    public CaseworkFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A new Open311 API key for a system bound to the division, made by the district administrator; the whole key. */
    public String apiKey(String name, String divisionCode) throws Exception {
        String page = mvc.perform(post("/api-keys").param("name", name).param("divisionCode", divisionCode).with(as("admin"))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("user-select-all mt-2\">([A-Za-z0-9_-]{43})<").matcher(page);
        if (!m.find()) {
            throw new AssertionError("the new key is not shown: " + page);
        }
        return m.group(1);
    }

    /** A case taken by phone, described as "来电反映：" and its title; returns its id. */
    public long open(String who, String category, String place, String title) throws Exception {
        return open(who, category, place, title, "来电反映：" + title, null);
    }

    /** A case taken by phone with the given description and (if not null) the caller's number; returns its id. */
    public long open(String who, String category, String place, String title, String description, String phone) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/new").with(as(who)).with(csrf()).param("channel", "PHONE")
                .param("category", category).param("placeCode", place).param("title", title).param("description", description);
        if (phone != null) {
            request = request.param("reporterPhone", phone);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A case taken by phone at a point (WGS-84) as well as a place, as a grid worker's phone sends it; returns its id. */
    public long openAt(String who, String category, String place, String title, double lat, double lon) throws Exception {
        String location = mvc.perform(post("/cases/new").with(as(who)).with(csrf()).param("channel", "PHONE").param("category", category)
                        .param("placeCode", place).param("title", title).param("description", "来电反映：" + title)
                        .param("latitude", String.valueOf(lat)).param("longitude", String.valueOf(lon)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A case of the worker's committee, accepted by the committee. */
    public long accepted(String category, String title) throws Exception {
        long id = open("worker", category, COMMITTEE, title);
        move("worker", id, "ACCEPTED", "");
        return id;
    }

    /** A plain move, which must succeed. */
    public void move(String who, long id, String to, String note) throws Exception {
        mvc.perform(post("/cases/{id}/move", id).param("to", to).param("note", note).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** A community worker dispatches the case to a grid (by code) and, if named, one of its grid workers (by login). */
    public void dispatch(String who, long id, String gridCode, String worker) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/{id}/dispatch", id).with(as(who)).with(csrf())
                .param("grid", String.valueOf(divisionId(gridCode)));
        if (worker != null) {
            request = request.param("worker", String.valueOf(accountId(worker)));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** A grid worker takes (接单) the case. */
    public void take(String who, long id) throws Exception {
        mvc.perform(post("/cases/{id}/take", id).with(as(who)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    public long divisionId(String code) {
        return jdbc.sql("SELECT id FROM division WHERE code = :c").param("c", code).query(Long.class).single();
    }

    public long accountId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** The texts of the in-app notices about a case, as stored. */
    public java.util.List<String> noticeTexts(long id) {
        return jdbc.sql("SELECT text FROM notification WHERE case_id = :id ORDER BY id").param("id", id).query(String.class).list();
    }

    /** Whether an account was told anything about the case, by its own id, or by its role at its division. */
    public boolean told(String username, long id, String text) {
        return jdbc.sql("""
                        SELECT count(*) FROM notification n JOIN account a ON a.username = :u
                        WHERE n.case_id = :id AND n.text LIKE '%' || :t || '%'
                          AND (n.account_id = a.id OR (n.role = a.role AND n.division_id = a.division_id))""")
                .param("u", username).param("id", id).param("t", text).query(Long.class).single() > 0;
    }

    /** The street summons the departments of these codes, the first leading. */
    public void summon(long id, String... departmentCodes) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/{id}/summon", id).with(as("street")).with(csrf())
                .param("leading", String.valueOf(department(departmentCodes[0])));
        for (String code : departmentCodes) {
            request = request.param("department", String.valueOf(department(code)));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** A page as someone sees it, which must answer 200. */
    public String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    public long department(String code) {
        return jdbc.sql("SELECT id FROM department WHERE code = :c").param("c", code).query(Long.class).single();
    }

    public String statusOf(long id) {
        return jdbc.sql("SELECT status FROM case_record WHERE id = :id").param("id", id).query(String.class).single();
    }

    public OffsetDateTime acceptDue(long id) {
        return jdbc.sql("SELECT accept_due FROM case_record WHERE id = :id").param("id", id).query(OffsetDateTime.class).single();
    }

    public OffsetDateTime finishDue(long id) {
        return jdbc.sql("SELECT finish_due FROM case_record WHERE id = :id").param("id", id).query(OffsetDateTime.class).single();
    }

    public OffsetDateTime checkinDue(long id, long department) {
        return jdbc.sql("SELECT checkin_due FROM case_summons WHERE case_id = :id AND department_id = :d").param("id", id)
                .param("d", department).query(OffsetDateTime.class).single();
    }

    public OffsetDateTime reportDue(long id, long department) {
        return jdbc.sql("SELECT report_due FROM case_summons WHERE case_id = :id AND department_id = :d").param("id", id)
                .param("d", department).query(OffsetDateTime.class).single();
    }

    /**
     * For module tests on an empty database: the district 玉泉区 with the street 小召前街 and its
     * committee 五塔北街社区 (codes as in the demo), under the country root the schema holds.
     */
    public static void district(JdbcClient jdbc) {
        String[][] nodes = {
                {"15", "内蒙古自治区", "PROVINCE", null, "/15/"},
                {"1501", "呼和浩特市", "CITY", null, "/15/1501/"},
                {"150104", "玉泉区", "COUNTY", null, "/15/1501/150104/"},
                {"150104001", "小召前街街道", "STREET", "STREET_OFFICE", "/15/1501/150104/150104001/"},
                {COMMITTEE, "五塔北街社区居委会", "COMMITTEE", "RESIDENTS_COMMITTEE", "/15/1501/150104/150104001/150104001002/"}};
        for (String[] n : nodes) {
            jdbc.sql("""
                            INSERT INTO division (code, name, level, kind, parent_id, path)
                            SELECT :code, :name, :level, :kind, p.id, :path FROM division p
                            WHERE p.path = regexp_replace(:path, '[^/]+/$', '')
                            ON CONFLICT (code) DO NOTHING""")
                    .param("code", n[0]).param("name", n[1]).param("level", n[2]).param("kind", n[3]).param("path", n[4]).update();
        }
    }

    /** A demo building and its point on the demo map (issue #13): where a phone standing at it would say it is. */
    public record BuildingPoint(Division building, LatLon point) {
    }

    /** The first building (in code order) below the place of this code, with its point. */
    public static BuildingPoint buildingUnder(Divisions divisions, Locator locator,
                                              String code) {
        Division place = divisions.findByCode(code).orElseThrow();
        Division building = divisions.search("", new DataScope(place.path()),
                List.of(Level.BUILDING), 1).getFirst();
        return new BuildingPoint(building, locator.centre(building).orElseThrow());
    }
}
