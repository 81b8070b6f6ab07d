package org.linli.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the platform's filters refuse a request before any controller sees it: the API and Open311
 * get JSON {@code {"error": …}}, pages a short Chinese page (the error templates need the model of
 * a handled request, which a filter has not got).
 */
final class Refusals {

    private Refusals() {
    }

    static void badRequest(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        write(request, response, HttpServletResponse.SC_BAD_REQUEST, "请求不正确", reason);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String reason)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"" + reason.replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("""
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
                    <link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css"></head>
                    <body><main class="container py-4"><h1 class="h3">%s</h1><p data-testid="request-refused">%s</p>
                    <a class="btn btn-primary" href="%s/">回到首页</a></main></body></html>
                    """.formatted(title, request.getContextPath(), title, reason, request.getContextPath()));
        }
    }
}
