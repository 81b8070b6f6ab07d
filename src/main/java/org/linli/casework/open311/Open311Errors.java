package org.linli.casework.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.linli.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Open311's answers to what goes wrong, in the spec's own format: a list of {@code {code,
 * description}} with HTTP 400, 403 or 404, as XML or JSON like the request. The intake's refusals
 * become one 400 naming the parameter in Open311's words.
 */
@ControllerAdvice(basePackageClasses = Open311Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private final Open311Writer writer;
    private final MessageSource messages;

    Open311Errors(Open311Writer writer, MessageSource messages) {
        this.writer = writer;
        this.messages = messages;
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<byte[]> refused(Open311Error e, HttpServletRequest request) {
        Format format = Format.ofPath(request.getRequestURI());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String d : e.descriptions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", String.valueOf(e.status().value()));
            m.put("description", d);
            errors.add(m);
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.parseMediaType(format.contentType()))
                .body(writer.list(format, "errors", "error", errors));
    }

    /** A refusal of the intake: the field it concerns, named as Open311 names it. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<byte[]> refused(Refusal refusal, HttpServletRequest request) {
        String chinese = messages.getMessage(refusal.key(), refusal.args(), Locale.SIMPLIFIED_CHINESE);
        String addressId = request.getParameter("address_id");
        boolean byAddressString = addressId == null || addressId.isBlank();
        String description = refusal.field().map(f -> RequestParser.describe(f, chinese, byAddressString)).orElse(chinese);
        return refused(new Open311Error(HttpStatus.BAD_REQUEST, List.of(description)), request);
    }
}
