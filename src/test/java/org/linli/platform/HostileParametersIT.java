package org.linli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue #12, item 8: nothing answers 500. Every GET route the application maps is requested over
 * real HTTP (URL length limits live in Tomcat) as every role, with its path variables filled with
 * ids that exist and with hostile values, and its request parameters with negative and huge
 * numbers, long strings and markup. Any 5xx, or a connection that fails, is listed and fails the test.
 */
@LinliTest
class HostileParametersIT {

    private static final List<String> ROLES = List.of("", "resident", "grid", "worker", "street", "dept", "admin");
    private static final String LONG = "测".repeat(5_000);
    /** Values every parameter is given in turn (page has its own: the platform refuses a bad one first). */
    private static final List<String> HOSTILE = List.of("-1", "99999999999999999999", "<script>alert('%_\\\"')</script>",
            "测".repeat(900), LONG);
    private static final List<String> HOSTILE_PATH = List.of("-1", "99999999999999999999", "<script>%25", "x".repeat(3_000));
    /** Parameters pages commonly read, tried on every route besides the route's own. */
    private static final List<String> COMMON = List.of("q", "page", "status", "year", "all", "role", "action", "offset", "sort");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void noGetRouteAnswers5xxToAnyRoleWhateverItsParameters() throws Exception {
        Map<String, Set<String>> routes = routes();
        assertThat(routes).containsKeys("/accounts", "/audit", "/organisations", "/residents", "/cases/{id}");
        Map<String, String> existing = existingValues();
        Set<String> failures = new TreeSet<>();
        int requests = 0;
        for (String role : ROLES) {
            HttpClient client = signedIn(role);
            for (Map.Entry<String, Set<String>> route : routes.entrySet()) {
                for (String url : urls(route.getKey(), route.getValue(), existing)) {
                    requests++;
                    String problem = problem(client, url);
                    if (problem != null) {
                        failures.add(route.getKey() + " as " + (role.isEmpty() ? "anonymous" : role) + ": " + problem
                                + " (" + abbreviated(url) + ")");
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(1_000);
        assertThat(failures).as("routes answering 5xx or failing").isEmpty();
    }

    @Test
    void overlongSearchesAndBadPagesAnswerAChinesePage() throws Exception {
        HttpClient admin = signedIn("admin");
        for (String path : List.of("/accounts", "/audit", "/organisations", "/residents")) {
            HttpResponse<String> badPage = get(admin, path + "?page=-1");
            assertThat(badPage.statusCode()).as(path).isEqualTo(400);
            assertThat(badPage.body()).contains("页码须为");
            HttpResponse<String> tooLong = get(admin, path + "?q=" + URLEncoder.encode(LONG, StandardCharsets.UTF_8));
            assertThat(tooLong.statusCode()).as(path).isEqualTo(400);
            assertThat(tooLong.body()).contains("查询内容过长");
        }
        // The residents' search form posts, then redirects to a URL with the search in it.
        HttpResponse<String> form = get(admin, "/residents");
        HttpResponse<String> posted = admin.send(HttpRequest.newBuilder(URI.create(base() + "/residents"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(form.body()) + "&q="
                        + URLEncoder.encode(LONG, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> followed = posted.statusCode() / 100 == 3
                ? get(admin, posted.headers().firstValue("Location").orElseThrow().replace(base(), "")) : posted;
        assertThat(followed.statusCode()).isLessThan(500);
        assertThat(followed.body()).containsAnyOf("查询内容过长", "过长", "不能超过");
    }

    /** Every GET route with the request parameters its handler declares. */
    private Map<String, Set<String>> routes() {
        Map<String, Set<String>> routes = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (e.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            Set<String> params = new LinkedHashSet<>(COMMON);
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp != null) {
                    String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                    if (name != null) {
                        params.add(name);
                    }
                }
            }
            for (String pattern : e.getKey().getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/error") && !pattern.startsWith("/actuator")) {
                    routes.computeIfAbsent(pattern, k -> new LinkedHashSet<>()).addAll(params);
                }
            }
        }
        return routes;
    }

    /** Values that exist, by the name of the path variable. */
    private Map<String, String> existingValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", "150104001002");
        values.put("fmt", "json");
        values.put("id", jdbc.sql("SELECT min(id) FROM case_record").query(String.class).optional().orElse("1"));
        values.put("gridId", jdbc.sql("SELECT id FROM division WHERE code = '150104001002001'").query(String.class).single());
        values.put("parentId", jdbc.sql("SELECT id FROM division WHERE code = '150104001002'").query(String.class).single());
        values.put("token", "nope");
        values.put("photo", "1");
        return values;
    }

    /** The route with existing and hostile path values, and with hostile parameters. */
    private static List<String> urls(String pattern, Set<String> params, Map<String, String> existing) {
        List<String> urls = new ArrayList<>();
        Matcher vars = Pattern.compile("\\{([^}:*]+)[^}]*}").matcher(pattern);
        List<String> names = new ArrayList<>();
        while (vars.find()) {
            names.add(vars.group(1));
        }
        String real = fill(pattern, n -> existing.getOrDefault(n, "1"));
        urls.add(real);
        if (!names.isEmpty()) {
            for (String value : HOSTILE_PATH) {
                urls.add(fill(pattern, n -> URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        }
        urls.add(real + "?page=-1");
        urls.add(real + "?page=" + "9".repeat(30));
        for (String value : HOSTILE) {
            StringBuilder query = new StringBuilder();
            for (String param : params) {
                if (!param.equals("page")) {
                    query.append(query.isEmpty() ? "?" : "&").append(URLEncoder.encode(param, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                // Long values a few at a time: many would pass Tomcat's header limit before Linli sees them.
                if (query.length() > 30_000) {
                    break;
                }
            }
            urls.add(real + query);
        }
        return urls;
    }

    private static String fill(String pattern, java.util.function.Function<String, String> value) {
        Matcher vars = Pattern.compile("\\{([^}:*]+)[^}]*}").matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (vars.find()) {
            vars.appendReplacement(filled, Matcher.quoteReplacement(value.apply(vars.group(1))));
        }
        vars.appendTail(filled);
        return filled.toString();
    }

    private String problem(HttpClient client, String url) {
        try {
            HttpResponse<String> answer = get(client, url);
            return answer.statusCode() >= 500 ? "HTTP " + answer.statusCode() : null;
        } catch (IOException e) {
            return "connection failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private HttpResponse<String> get(HttpClient client, String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client with its own cookies, signed in through the sign-in form (anonymous for ""). */
    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        if (username.isEmpty()) {
            return client;
        }
        String form = get(client, "/login").body();
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=linli2026&_csrf=" + csrf(form)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).as(username).doesNotContain("error");
        return client;
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"|name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return URLEncoder.encode(token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3),
                StandardCharsets.UTF_8);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String abbreviated(String url) {
        return url.length() > 160 ? url.substring(0, 160) + "…" : url;
    }
}
