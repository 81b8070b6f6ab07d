package org.linli.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP side, with the JDK's client only: signing in as a demo account, timing one
 * request at a time, and a bounded load loop of N concurrent connections on loopback.
 */
final class Http {

    record Session(String user, String cookie) {
    }

    /** Latency percentiles and the size of the last answer. */
    record Times(double p50, double p95, double max, long bytes, int calls) {
    }

    /** What a load run served: requests per second, p50 and p99, and answers other than 200. */
    record Load(double perSecond, double p50, double p99, int requests, int failed) {
    }

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Http(int port) {
        this.port = port;
    }

    Session signIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=linli2026&_csrf=" + m.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException(username + " did not sign in"));
        return new Session(username, "JSESSIONID=" + session);
    }

    /**
     * One request at a time, after one not counted: {@code calls} of them, or as many as fit in
     * {@code budgetSeconds} (at least three), so that a page taking seconds does not hold the run up.
     */
    Times times(Session s, String path, int calls, int budgetSeconds) throws Exception {
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        long end = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        for (int i = -1; i < calls && (ms.size() < 3 || System.nanoTime() < end); i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(request(s, path), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " as " + (s == null ? "nobody" : s.user()) + " answered " + r.statusCode());
            }
            bytes = r.body().length;
            if (i >= 0) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Times(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1],
                bytes, sorted.length);
    }

    /** {@code connections} virtual threads, each sending one request after another for {@code seconds}. */
    Load load(Session s, String path, int connections, int seconds) throws Exception {
        times(s, path, 2, 10);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<List<Double>> each = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                List<Double> mine = new ArrayList<>();
                each.add(mine);
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<Void> r = client.send(request(s, path), HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                        mine.add((System.nanoTime() - t) / 1e6);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] all = each.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
        return new Load(all.length / elapsed, all[all.length / 2], all[(int) Math.ceil(all.length * 0.99) - 1], all.length,
                failed.get());
    }

    private HttpRequest request(Session s, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(180));
        if (s != null) {
            b.header("Cookie", s.cookie());
        }
        return b.build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
