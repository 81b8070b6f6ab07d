package org.linli.durability;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A burst of residents reporting problems through {@code /report}, without signing in, from a few
 * browsers at once. Each report's description is unique, so the database can be asked for it; a
 * report counts as acknowledged when the reporter was sent on to its tracking page.
 */
final class Reports {

    static final String MARK = "耐久测试反映";

    /** When each acknowledged report was acknowledged, by description. */
    final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    /** What the reporter got instead, for every report not acknowledged. */
    final List<String> refused = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    /** Starts {@code browsers} reporters against {@code linli}, each reporting until {@link #stop()}. */
    Reports start(LinliProcess linli, int browsers) {
        for (int i = 0; i < browsers; i++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                Web web = new Web(linli);
                while (running.get()) {
                    report(web);
                }
            }));
        }
        return this;
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(70_000);
        }
    }

    /** One report to {@code linli}; returns its description once acknowledged, or throws. */
    static String once(LinliProcess linli) {
        Reports one = new Reports();
        one.report(new Web(linli));
        if (one.acknowledged.size() != 1) {
            throw new AssertionError("report not acknowledged: " + one.refused);
        }
        return one.acknowledged.keySet().iterator().next();
    }

    private void report(Web web) {
        String description = MARK + " " + UUID.randomUUID();
        try {
            HttpResponse<String> form = web.get("/report");
            if (form.statusCode() != 200) {
                refused.add("form " + form.statusCode());
                pause();
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", Web.csrf(form.body()));
            fields.put("submissionKey", Web.hidden(form.body(), "submissionKey"));
            fields.put("placeCode", "150104001002");
            fields.put("category", "SANITATION");
            fields.put("description", description);
            fields.put("reporterName", "耐久");
            fields.put("reporterPhone", "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
            HttpResponse<String> r = web.postRaw("/report", fields);
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() == 302 && location.contains("/track/")) {
                acknowledged.put(description, Instant.now());
            } else {
                refused.add(r.statusCode() + " " + location);
            }
        } catch (Exception e) {
            // The connection broke (the application was killed, the database restarted): not acknowledged.
            refused.add(e.getClass().getSimpleName());
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
