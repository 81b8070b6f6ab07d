package org.linli.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linli.audit.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in while its name is paused from its source, before the password is even
 * checked, so a paused guesser learns nothing from the answer. Known and unknown names alike.
 */
class PausedSignIns extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AccountUserDetails accounts;
    private final AuditLog audit;

    PausedSignIns(SignInThrottle throttle, AccountUserDetails accounts, AuditLog audit) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = SignInHandlers.typedName(request);
        var until = throttle.pausedUntil(name, request.getRemoteAddr());
        if (until.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordAs(name, "SIGN_IN_REFUSED", name, accounts.scopeOf(name), "来自 " + request.getRemoteAddr() + " 的登录已暂停");
        SignInHandlers.refuse(request, response, name, "locked");
    }
}
