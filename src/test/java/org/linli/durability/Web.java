package org.linli.durability;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser's session with a running Linli: its cookies, the CSRF token of the last page, no redirects followed. */
final class Web {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final LinliProcess linli;
    private final HttpClient http;

    Web(LinliProcess linli) {
        this.linli = linli;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(linli.url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as the page at {@code formPage} would, with that page's CSRF token. */
    HttpResponse<String> post(String formPage, String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(get(formPage).body()));
        return postRaw(path, all);
    }

    /** Posts a form whose fields (CSRF token included) the caller took from its page. */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(linli.url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Reports.form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads one file as the form at {@code formPage} would. */
    HttpResponse<String> upload(String formPage, String path, String fileName, byte[] content) throws Exception {
        String csrf = csrf(get(formPage).body());
        String boundary = "linli" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(linli.url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as a demo account (password {@code linli2026}). */
    Web signIn(String username) throws Exception {
        HttpResponse<String> r = post("/login", "/login", Map.of("username", username, "password", "linli2026"));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + r.statusCode() + " " + location);
        }
        return this;
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }
}
