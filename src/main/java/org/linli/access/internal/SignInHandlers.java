package org.linli.access.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linli.audit.AuditLog;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/** Sign-in and sign-out outcomes: counted for the lock-out and written to the audit log. */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutSuccessHandler {

    private final AccountUserDetails accounts;
    private final AuditLog audit;

    SignInHandlers(AccountUserDetails accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        LinliUser user = (LinliUser) authentication.getPrincipal();
        accounts.recordSuccess(user.username());
        audit.recordAs(user.username(), "SIGN_IN", user.username(), user.divisionPath(), "来自 " + request.getRemoteAddr());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String name = username == null ? "" : username.strip();
        if (name.length() > 50) {
            name = name.substring(0, 50);
        }
        String error;
        if (exception instanceof LockedException) {
            error = "locked";
            audit.recordAs(name, "SIGN_IN_REFUSED", name, accounts.scopeOf(name), "账户已锁定");
        } else if (exception instanceof DisabledException) {
            error = "disabled";
            audit.recordAs(name, "SIGN_IN_REFUSED", name, accounts.scopeOf(name), "账户已停用");
        } else {
            var failure = accounts.recordFailure(name);
            boolean locked = failure.map(AccountUserDetails.Failure::locked).orElse(false);
            error = locked ? "locked" : "bad";
            audit.recordAs(name, "SIGN_IN_FAILED", name, failure.map(AccountUserDetails.Failure::divisionPath).orElse("/"),
                    failure.isEmpty() ? "用户名不存在" : locked ? "密码错误，账户被锁定 15 分钟" : "密码错误");
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + error + "&username="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication != null && authentication.getPrincipal() instanceof LinliUser user) {
            audit.recordAs(user.username(), "SIGN_OUT", user.username(), user.divisionPath(), null);
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
