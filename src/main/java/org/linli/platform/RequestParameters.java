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
 * A page's query (GET) takes no value longer than {@value #LONGEST_QUERY} characters: searches and
 * filters are short, and a longer one (a 5,000-character search posted and redirected, issue #12)
 * is answered with a reason instead of whatever the query would do with it. Bodies (POST) may be longer,
 * but a redirect whose address would not fit in the response's headers (a form posted with a long
 * search, redirected to a URL that repeats it) is answered the same way instead of failing with 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestParameters extends OncePerRequestFilter {

    static final int LAST_PAGE = 99_999;
    static final String CONTROL_CHARACTER = "请求参数含有不允许的控制字符（如 NUL），请检查输入";
    static final String BAD_PAGE = "页码须为 0 到 " + LAST_PAGE + " 之间的整数";
    static final int LONGEST_QUERY = 1_000;
    static final String TOO_LONG = "查询内容过长（最多 " + LONGEST_QUERY + " 个字），请缩短后再试";
    private static final Pattern PAGE = Pattern.compile("\\d{1,5}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getParameterMap());
        if (problem == null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            problem = tooLong(request.getParameterMap());
        }
        if (problem == null) {
            chain.doFilter(request, new ShortRedirects(request, response));
            return;
        }
        Refusals.badRequest(request, response, problem);
    }

    private static String tooLong(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                if (p.getKey().length() > LONGEST_QUERY || value != null && value.length() > LONGEST_QUERY) {
                    return TOO_LONG;
                }
            }
        }
        return null;
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

    /** Refuses, instead of sending, a redirect too long for the response's headers (8 KB in all). */
    static final class ShortRedirects extends jakarta.servlet.http.HttpServletResponseWrapper {

        static final int LONGEST_LOCATION = 6_000;

        private final HttpServletRequest request;

        ShortRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (fits(location)) {
                super.sendRedirect(location);
            }
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            if (fits(location)) {
                super.sendRedirect(location, clearBuffer);
            }
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            if (fits(location)) {
                super.sendRedirect(location, status);
            }
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            if (fits(location)) {
                super.sendRedirect(location, status, clearBuffer);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Location".equalsIgnoreCase(name) && value != null && value.length() > LONGEST_LOCATION) {
                refuse();
                return;
            }
            super.setHeader(name, value);
        }

        private boolean fits(String location) throws IOException {
            if (location == null || location.length() <= LONGEST_LOCATION) {
                return true;
            }
            Refusals.badRequest(request, (HttpServletResponse) getResponse(), TOO_LONG);
            return false;
        }

        private void refuse() {
            try {
                Refusals.badRequest(request, (HttpServletResponse) getResponse(), TOO_LONG);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
