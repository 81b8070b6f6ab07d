package org.linli.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue #11, item 10: what reaches the application at all. Every paged list refuses a negative or
 * absurd page and every route a NUL character with 400 and a Chinese reason, never 500; pages carry
 * a Content-Security-Policy and a Referrer-Policy; the session cookie is Secure behind HTTPS; an
 * oversize upload is refused on its declared length before its body is read.
 */
@LinliTest
class RequestHardeningTest {

    /** Every list with a {@code page} parameter, and who may see it. */
    private static final List<String[]> PAGED = List.of(
            new String[] {"/accounts", "admin"},
            new String[] {"/audit", "admin"},
            new String[] {"/cases", "worker"},
            new String[] {"/consultations", "worker"},
            new String[] {"/divisions/%d", "admin"},
            new String[] {"/organisations", "worker"},
            new String[] {"/residents", "worker"},
            new String[] {"/api/residents", "worker"});

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void everyPagedListRefusesANegativeOrAbsurdPageAndANulWith400InChinese() throws Exception {
        long district = jdbc.sql("SELECT id FROM division WHERE code = '150104'").query(Long.class).single();
        for (String[] list : PAGED) {
            String path = list[0].formatted(district);
            assertThat(status(get(path).param("page", "1").with(as(list[1])))).as(path).isEqualTo(200);
            for (String page : List.of("-1", "-2147483648", "2147483647", "99999999999")) {
                assertRefused(get(path).param("page", page).with(as(list[1])), path + "?page=" + page, "页码");
            }
            assertRefused(get(path).param("q", "张\u0000三").with(as(list[1])), path + "?q=%00", "控制字符");
        }
    }

    @Test
    void aNulInAnAnonymousFormIsRefusedAndNothingIsStored() throws Exception {
        long cases = cases();
        assertRefused(post("/report").with(csrf()).param("placeCode", "150104001002").param("category", "PROPERTY")
                .param("description", "楼道灯坏了\u0000").param("reporterPhone", "13912345678"), "/report", "控制字符");
        assertRefused(get("/track").param("code", "ABC\u0000"), "/track", "控制字符");
        assertThat(cases()).isEqualTo(cases);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        for (String path : List.of("/login", "/", "/residents")) {
            var response = mvc.perform(get(path).with(as("worker"))).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'").contains("script-src 'self';")
                    .contains("object-src 'none'").contains("frame-ancestors 'none'");
            assertThat(csp.split(";")[1]).doesNotContain("unsafe");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void untilReadyEveryPageAndTheApiAnswer503AndTheHealthSaysSo(@Autowired ApplicationContext context) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var login = http.send(request("/login"), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("正在生成演示数据，请稍候");
            assertThat(login.headers().firstValue("Refresh")).isPresent();
            var api = http.send(request("/open311/v2/services.json"), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).startsWith("{\"error\":");
            assertThat(http.send(request("/actuator/health"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(http.send(request("/login"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(request("/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    @Test
    void theIconIsServedToEveryone() throws Exception {
        var icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void theSessionCookieIsSecureWhenTheVisitorCameOverHttps() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        var proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        String plainCookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        String secureCookie = proxied.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plainCookie).contains("JSESSIONID").contains("HttpOnly").doesNotContain("Secure");
        assertThat(secureCookie).contains("JSESSIONID").contains("HttpOnly").contains("Secure");
    }

    @Test
    void anOversizeAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        long cases = cases();
        long declared = 150L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /report HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n--x\r\nContent-Disposition: form-data; name=\"photos\"; "
                    + "filename=\"big.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            // The answer comes while almost all of the declared 150 MB is still unsent.
            String answer = read(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Connection: close").contains("最多上传 12 MB");
        }
        assertThat(cases()).isEqualTo(cases);
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            bytes.write(buffer, 0, n);
            if (bytes.toString(StandardCharsets.UTF_8).contains("</html>")) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String what, String reason) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(what).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(what).contains(reason);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM case_record").query(Long.class).single();
    }
}
