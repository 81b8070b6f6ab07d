package org.linli.casework.open311;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.casework.CaseStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code servicerequestupdates}, the extension of GeoReport v2 that FixMyStreet reads to follow
 * the requests it sent ({@code GET servicerequestupdates.xml?start_date=…&end_date=…&api_key=…},
 * answered as {@code <service_requests_updates><request_update>…}). Each step is one update: its
 * id, the request, the status in FixMyStreet's words (its extended statuses; Linli's own in
 * {@code external_status_code}), when, what the reporter is told, and the step's photo. Without
 * dates, the last day; at most 1,000 per page, oldest first so a client can carry on from the last.
 */
@Controller
@RequestMapping("/open311/v2")
class UpdatesController {

    static final int MAX_UPDATES = 1000;

    private final UpdateFeed feed;
    private final Jurisdiction jurisdiction;
    private final Open311Writer writer;
    private final Clock clock;

    UpdatesController(UpdateFeed feed, Jurisdiction jurisdiction, Open311Writer writer, Clock clock) {
        this.feed = feed;
        this.jurisdiction = jurisdiction;
        this.writer = writer;
        this.clock = clock;
    }

    @GetMapping("/servicerequestupdates.{fmt}")
    ResponseEntity<byte[]> updates(@PathVariable String fmt, @RequestParam Map<String, String> params) {
        Format format = jurisdiction.open(fmt, params);
        RequestFeed.Visibility visibility = jurisdiction.visibility(params);
        OffsetDateTime to = RequestsController.time(params, "end_date");
        OffsetDateTime from = RequestsController.time(params, "start_date");
        if (to == null) {
            to = OffsetDateTime.now(clock);
        }
        if (from == null) {
            from = to.minusDays(1);
        }
        Paging paging = Paging.of(params, MAX_UPDATES, MAX_UPDATES);
        List<Map<String, Object>> updates = feed.between(visibility, from, to, paging).stream().map(UpdatesController::update).toList();
        return Jurisdiction.answer(format, writer.list(format, "service_requests_updates", "request_update", updates));
    }

    private static Map<String, Object> update(UpdateFeed.Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("update_id", String.valueOf(s.entry().id()));
        m.put("service_request_id", s.number());
        m.put("status", status(s.status()));
        m.put("updated_datetime", Jurisdiction.iso(s.entry().at()));
        m.put("description", s.description());
        m.put("media_url", MediaController.url(s.channel(), s.number(), s.photoId()));
        m.put("external_status_code", s.status().name());
        return m;
    }

    /**
     * Linli's statuses in FixMyStreet's words: it lower-cases what it reads and takes "open",
     * "closed", "fixed", "investigating", "action scheduled", "in progress", "internal referral"
     * and "not councils responsibility" as they are.
     */
    static String status(CaseStatus s) {
        return switch (s) {
            case REPORTED, REOPENED -> "open";
            case ACCEPTED -> "investigating";
            case DISPATCHED -> "action_scheduled";
            case HANDLING, SUMMONED, VERIFYING, REWORK -> "in_progress";
            case ESCALATED -> "internal_referral";
            case CLOSED -> "fixed";
            case REJECTED -> "not_councils_responsibility";
        };
    }
}
