package org.linli.platform;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters no page or query can use are refused at the door with 400 and a reason in Chinese,
 * for every route at once: a NUL character (PostgreSQL cannot store or compare it), and a
 * {@code page} that is not a whole number from 0 to {@value #LAST_PAGE} (a negative or huge page
 * would make a negative OFFSET). Runs after the character encoding is set and before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestParameters extends OncePerRequestFilter {

    static final int LAST_PAGE = 99_999;
    static final String CONTROL_CHARACTER = "请求参数含有不允许的控制字符（如 NUL），请检查输入";
    static final String BAD_PAGE = "页码须为 0 到 " + LAST_PAGE + " 之间的整数";
    private static final Pattern PAGE = Pattern.compile("\\d{1,5}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getParameterMap());
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        Refusals.badRequest(request, response, problem);
    }

    private static String problem(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getKey().indexOf('\0') >= 0) {
                return CONTROL_CHARACTER;
            }
            for (String value : p.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return CONTROL_CHARACTER;
                }
                if ("page".equals(p.getKey()) && value != null && !value.isEmpty() && !PAGE.matcher(value).matches()) {
                    return BAD_PAGE;
                }
            }
        }
        return null;
    }
}
