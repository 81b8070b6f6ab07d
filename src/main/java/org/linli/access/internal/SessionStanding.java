package org.linli.access.internal;

import java.io.IOException;
import java.util.Optional;

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
 * The same read tells whether the password is due for change (chosen by an administrator, issue #12):
 * until it is changed, every page but the password page and sign-out sends the person there, and
 * the API answers 403.
 */
class SessionStanding extends OncePerRequestFilter {

    /** Where a person whose password is due for change may still go. */
    static final String PASSWORD_PAGE = "/account/password";

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
        if (authentication != null && authentication.getPrincipal() instanceof LinliUser user) {
            Optional<AccountStore.Standing> standing = store.standing(user.accountId()).filter(s -> stands(s, user));
            if (standing.isEmpty()) {
                end(request, response, user);
                if (!path(request).startsWith("/api/")) {
                    send(request, response, "/login?error=expired");
                    return;
                }
            } else if (standing.get().passwordChangeDue() && !mayGoBeforeChange(path(request))) {
                if (path(request).startsWith("/api/")) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    send(request, response, PASSWORD_PAGE + "?due");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, LinliUser user) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        audit.recordAs(user.username(), "SIGN_OUT", user.username(), user.divisionPath(),
                "会话被结束：账户已停用、改变角色或区划，或密码已修改");
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        String url = request.getContextPath() + target;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", url);
        } else {
            response.sendRedirect(url);
        }
    }

    private static boolean mayGoBeforeChange(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
                || path.equals("/favicon.ico");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean stands(AccountStore.Standing s, LinliUser user) {
        return s.enabled() && s.role().equals(user.role().name()) && s.divisionPath().equals(user.divisionPath())
                && s.passwordHash().equals(user.passwordHash());
    }
}
