package org.linli.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API callers get errors as JSON with the reason in Chinese. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** A refused command: 400 with the reason and, when it concerns one, the field. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Map<String, String>> refused(Refusal refusal) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", messages.getMessage(refusal.key(), refusal.args(), CHINESE));
        refusal.field().ifPresent(field -> body.put("field", field));
        return ResponseEntity.badRequest().body(body);
    }

    /** A command that failed Bean Validation: 400 with the first reason and every field's. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, Object>> invalid(BindException invalid) {
        Map<String, String> fields = new LinkedHashMap<>();
        invalid.getFieldErrors().forEach(e -> fields.putIfAbsent(e.getField(), messages.getMessage(e, CHINESE)));
        String first = fields.isEmpty() ? invalid.getGlobalErrors().stream().map(e -> messages.getMessage(e, CHINESE))
                .findFirst().orElse("请求内容不正确") : fields.values().iterator().next();
        return ResponseEntity.badRequest().body(Map.of("error", first, "fields", fields));
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error", "请求内容不是有效的 JSON，或某个字段的类型不对（如数字字段填了文字）"));
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "参数 " + e.getName() + " 的格式不正确"));
    }

    /**
     * Text the database cannot hold (a NUL inside a JSON body; parameters are refused earlier by
     * {@link RequestParameters}) or a negative row count: the caller's mistake, 400, not 500.
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ResponseEntity<Map<String, String>> unstorable(org.springframework.dao.DataAccessException e) {
        Throwable cause = e.getMostSpecificCause();
        String state = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        if (state == null || !java.util.Set.of("22021", "22P05", "2201W", "2201X").contains(state)) {
            throw e;
        }
        return ResponseEntity.badRequest().body(Map.of("error", RequestParameters.CONTROL_CHARACTER));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "未找到该记录，或不在您的管辖范围内"));
    }
}
