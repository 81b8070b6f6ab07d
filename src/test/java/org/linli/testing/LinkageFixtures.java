package org.linli.testing;

import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Shared builders of the five-party linkage's test data in the demo district, through the pages as
 * a worker would enter them: {@code worker} keeps 五塔北街社区 (150104001002), {@code worker4} its
 * neighbour 150104001004 in the same street, {@code street2} the staff of another street.
 */
public final class LinkageFixtures {

    public static final String COMMITTEE = "150104001002";
    public static final String NEIGHBOUR = "150104001004";
    public static final String OTHER_STREET = "150104002";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Divisions divisions;

    public LinkageFixtures(MockMvc mvc, JdbcClient jdbc, Divisions divisions) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.divisions = divisions;
        TestUser.withAccount(jdbc, "worker4", "孙丽", Role.COMMUNITY_WORKER, division(NEIGHBOUR));
        TestUser.withAccount(jdbc, "street2", "周强", Role.STREET_STAFF, division(OTHER_STREET));
    }

    public Division division(String code) {
        return divisions.findByCode(code).orElseThrow();
    }

    /** The places of a level below a committee, in code order. */
    public List<Division> places(String committeeCode, Level level) {
        return divisions.search("", new DataScope(division(committeeCode).path()), List.of(level), 1000).stream()
                .sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    /** The buildings of an area (each has a point on the demo map), in code order. */
    public List<Division> buildingsOf(Division area) {
        return divisions.search("", new DataScope(area.path()), List.of(Level.BUILDING), 1000).stream()
                .sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    /** Lists a need through the page; its id. */
    public long need(String who, String kind, String title, String place) throws Exception {
        MvcResult r = mvc.perform(post("/linkage/needs").with(as(who)).with(csrf()).param("kind", kind).param("title", title)
                .param("people", "3").param("detail", "测试需求").param("place", place == null ? "" : place)).andReturn();
        return idAfter(r, "need=(\\d+)");
    }

    /** Lists a resource through the page; its id. */
    public long resource(String who, String kind, String title, String place) throws Exception {
        mvc.perform(post("/linkage/resources").with(as(who)).with(csrf()).param("kind", kind).param("title", title)
                .param("provider", "测试提供方").param("place", place == null ? "" : place)).andReturn();
        return jdbc.sql("SELECT max(id) FROM linkage_resource WHERE title = :t").param("t", title).query(Long.class).single();
    }

    /** A project through the page, from a need and a resource when given; its id. */
    public long project(String who, String title, Long need, Long resource, LocalDate starts) throws Exception {
        MockHttpServletRequestBuilder p = post("/linkage/projects").with(as(who)).with(csrf()).param("title", title)
                .param("kind", "OTHER").param("budget", "5000.00").param("startsOn", starts.toString())
                .param("endsOn", starts.plusMonths(2).toString()).param("participants", "10").param("volunteers", "张三、李四");
        if (need != null) {
            p.param("needId", need.toString());
        }
        if (resource != null) {
            p.param("resourceId", resource.toString());
        }
        return idAfter(mvc.perform(p).andReturn(), "/linkage/projects/(\\d+)");
    }

    /** An organisation submitted for filing through the page; its id. */
    public long organisation(String who, String name) throws Exception {
        return idAfter(mvc.perform(post("/linkage/organisations").with(as(who)).with(csrf()).param("name", name)
                .param("kind", "CHARITY").param("leader", "王桂兰").param("members", "12").param("purpose", "助老助残、邻里互助")).andReturn(),
                "/linkage/organisations/(\\d+)");
    }

    /** A fund entry through the page (the response, so a test may look at a refusal). */
    public MvcResult entry(String who, String direction, String amount, LocalDate on, String party, String partyKind, Long project)
            throws Exception {
        MockHttpServletRequestBuilder p = post("/linkage/funds").with(as(who)).with(csrf()).param("direction", direction)
                .param("amount", amount).param("onDate", on.toString()).param("party", party).param("partyKind", partyKind)
                .param("purpose", "测试用途");
        if (project != null) {
            p.param("projectId", project.toString());
        }
        return mvc.perform(p).andReturn();
    }

    /** A page's HTML as someone sees it (any status). */
    public String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andReturn().getResponse().getContentAsString();
    }

    private static long idAfter(MvcResult r, String pattern) {
        String location = r.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("not saved: " + r.getResponse().getStatus() + " " + errors(r));
        }
        Matcher m = Pattern.compile(pattern).matcher(location);
        if (!m.find()) {
            throw new AssertionError("no id in " + location);
        }
        return Long.parseLong(m.group(1));
    }

    private static String errors(MvcResult r) {
        try {
            Matcher m = Pattern.compile("invalid-feedback[^>]*>([^<]+)<").matcher(r.getResponse().getContentAsString());
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                b.append(m.group(1)).append("; ");
            }
            return b.toString();
        } catch (java.io.UnsupportedEncodingException e) {
            return "";
        }
    }
}
