package org.linli.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until Linli is ready — the web server answers while the start-up work (the demo district's first
 * load takes minutes) is still running — every page and the API answer 503 with what is going on,
 * instead of a sign-in page that refuses accounts not made yet. The health endpoint reports the
 * same (its readiness), and the page refreshes itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartupGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final boolean demo;

    StartupGate(ApplicationAvailability availability, @Value("${linli.demo.enabled:false}") boolean demo) {
        this.availability = availability;
        this.demo = demo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || path.startsWith("/actuator/health")
                || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Retry-After", "10");
        response.setHeader("Refresh", "10");
        Refusals.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "邻里正在启动",
                demo ? "正在生成演示数据，请稍候（页面会自动刷新）" : "正在启动，请稍候（页面会自动刷新）");
    }
}
