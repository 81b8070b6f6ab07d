package org.linli.casework.open311;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.linli.casework.intake.Intake;
import org.linli.casework.intake.NewCase;
import org.linli.casework.internal.CaseLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Submitting a service request with an API key, through the same intake as every channel. What is
 * wrong with a submission comes back as one {@code {code, description}} per problem: Open311's
 * own checks and the submission's constraints all at once, then the photo at {@code media_url}
 * ({@link MediaFetcher}), then the intake's lookups ({@link Open311Errors}).
 */
@Controller
@RequestMapping("/open311/v2")
class SubmissionController {

    private final Submissions submissions;
    private final MediaFetcher media;
    private final CaseLimits limits;
    private final RequestParser parser;
    private final Jurisdiction jurisdiction;
    private final Open311Writer writer;
    private final Validator validator;

    SubmissionController(Submissions submissions, MediaFetcher media, CaseLimits limits, RequestParser parser,
                         Jurisdiction jurisdiction, Open311Writer writer, Validator validator) {
        this.submissions = submissions;
        this.media = media;
        this.limits = limits;
        this.parser = parser;
        this.jurisdiction = jurisdiction;
        this.writer = writer;
        this.validator = validator;
    }

    @PostMapping("/requests.{fmt}")
    ResponseEntity<byte[]> submit(@PathVariable String fmt, @RequestParam Map<String, String> params,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Format format = jurisdiction.open(fmt, params);
        ApiKeys.ApiKey key = jurisdiction.key(params);
        RequestParser.Parsed parsed = parser.parse(params, idempotencyKey, key);
        NewCase form = parsed.form();
        refuseViolations(form, RequestParser.value(params, "address_id").isEmpty());
        if (!parsed.reporter().mediaUrl().isEmpty()) {
            try {
                form = form.withPhotos(List.of(media.fetch(parsed.reporter().mediaUrl())));
            } catch (MediaFetcher.Refused refused) {
                throw Open311Error.badRequest(refused.getMessage());
            }
        }
        Intake.Opened opened = submissions.submit(form, parsed.reporter(), key);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", opened.number());
        created.put("token", opened.trackingCode());
        created.put("service_notice", (opened.duplicate() ? "此前已登记" : "已登记") + "，"
                + limits.today(form.category(), opened.divisionPath()).promise()
                + "；凭查询码 " + opened.trackingCode() + " 可在“诉求进度查询”中查看");
        String account = RequestParser.value(params, "account_id");
        created.put("account_id", account.isEmpty() ? null : account);
        return Jurisdiction.answer(format, writer.list(format, "service_requests", "request", List.of(created)));
    }

    /** The submission's own constraints, every one that fails, in the order of the form. */
    private void refuseViolations(NewCase form, boolean byAddressString) {
        List<String> problems = validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<NewCase> v) -> RequestParser.order(v.getPropertyPath().toString())))
                .map(v -> RequestParser.describe(v.getPropertyPath().toString(), v.getMessage(), byAddressString))
                .toList();
        if (!problems.isEmpty()) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, problems);
        }
    }
}
