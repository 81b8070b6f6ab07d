package org.linli.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.linli.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account no longer stands as it did at sign-in: disabled or removed, given
 * another role or division, or given a new password. Every request of a signed-in session reads
 * the account's row (one primary-key read, no cache, so there is no window) and compares it with
 * what the session was granted; the comparison is with the database, so it holds for every
 * instance sharing it. A session that fails is invalidated and the request goes on anonymous:
 * pages are sent to sign-in with the reason, the API answers 401. The person's own password change re-grants their
 * current session first ({@link SignedInSessions#regrant}), so only their other sessions end.
 */
class SessionStanding extends OncePerRequestFilter {

    private final AccountStore store;
    private final AuditLog audit;

    SessionStanding(AccountStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LinliUser user && !stands(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            audit.recordAs(user.username(), "SIGN_OUT", user.username(), user.divisionPath(),
                    "会话被结束：账户已停用、改变角色或区划，或密码已修改");
            if (!path(request).startsWith("/api/")) {
                String signIn = request.getContextPath() + "/login?error=expired";
                if ("true".equals(request.getHeader("HX-Request"))) {
                    response.setHeader("HX-Redirect", signIn);
                } else {
                    response.sendRedirect(signIn);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private boolean stands(LinliUser user) {
        return store.standing(user.accountId())
                .filter(s -> s.enabled() && s.role().equals(user.role().name()) && s.divisionPath().equals(user.divisionPath())
                        && s.passwordHash().equals(user.passwordHash()))
                .isPresent();
    }
}
