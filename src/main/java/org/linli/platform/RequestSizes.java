package org.linli.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How large a request body each route accepts, checked on the declared length before a byte of
 * the body is read (and before sign-in or CSRF checks, which would parse a form): an oversize
 * request is answered 413 with the reason in Chinese and the connection closed, so the upload is
 * neither read nor stored. A body sent without a declared length (chunked; browsers declare it) is
 * bounded only by the multipart maximum of the largest route while it is parsed. The anonymous report and tracking
 * pages accept the least that still carries a few phone photos; staff case pages the photo limit
 * ({@code casework} keeps six photos of 5 MB); the two Excel/CSV imports the most. What is
 * accepted is spooled to disk above {@code spring.servlet.multipart.file-size-threshold}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizes extends OncePerRequestFilter {

    record Limit(String prefix, DataSize size) {
    }

    /** The first route whose prefix matches decides; the last entry covers every other route. */
    static final List<Limit> LIMITS = List.of(
            new Limit("/report", DataSize.ofMegabytes(12)),
            new Limit("/track/", DataSize.ofMegabytes(12)),
            new Limit("/cases/", DataSize.ofMegabytes(32)),
            new Limit("/divisions/import", DataSize.ofMegabytes(100)),
            new Limit("/residents/import", DataSize.ofMegabytes(100)),
            new Limit("/disclosure/", DataSize.ofMegabytes(42)),
            new Limit("/visits/", DataSize.ofMegabytes(8)),
            new Limit("/", DataSize.ofMegabytes(2)));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        DataSize limit = LIMITS.stream().filter(l -> path.startsWith(l.prefix())).findFirst().orElseThrow().size();
        if (request.getContentLengthLong() > limit.toBytes()) {
            // Tell the container not to read (swallow) the rest of the body: the connection ends here.
            response.setHeader("Connection", "close");
            Refusals.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "上传内容过大", "本页面一次最多上传 " + limit.toMegabytes() + " MB，请压缩照片或减少文件后重试");
            return;
        }
        chain.doFilter(request, response);
    }
}
