package org.linli.access.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linli.audit.AuditLog;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in and sign-out outcomes: failures counted per name and source ({@link SignInThrottle}),
 * everything written to the audit log. A wrong password and an unknown name get the same answer.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutSuccessHandler {

    private final AccountUserDetails accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    SignInHandlers(AccountUserDetails accounts, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        LinliUser user = (LinliUser) authentication.getPrincipal();
        throttle.succeeded(user.username(), request.getRemoteAddr());
        accounts.recordSuccess(user.username());
        audit.recordAs(user.username(), "SIGN_IN", user.username(), user.divisionPath(), "来自 " + request.getRemoteAddr());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String name = typedName(request);
        String error;
        if (exception instanceof DisabledException) {
            // Only said after the right password (SecurityConfig checks the state after the password).
            error = "disabled";
            audit.recordAs(name, "SIGN_IN_REFUSED", name, accounts.scopeOf(name), "账户已停用");
        } else {
            Optional<Duration> pause = throttle.failed(name, request.getRemoteAddr());
            Optional<String> path = accounts.recordFailure(name, pause);
            error = pause.isPresent() ? "locked" : "bad";
            audit.recordAs(name, "SIGN_IN_FAILED", name, path.orElse("/"), (path.isEmpty() ? "用户名不存在" : "密码错误")
                    + pause.map(p -> "，来自 " + request.getRemoteAddr() + " 的登录暂停 " + p.toMinutes() + " 分钟").orElse(""));
        }
        refuse(request, response, name, error);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication != null && authentication.getPrincipal() instanceof LinliUser user) {
            audit.recordAs(user.username(), "SIGN_OUT", user.username(), user.divisionPath(), null);
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }

    static String typedName(HttpServletRequest request) {
        String username = request.getParameter("username");
        String name = username == null ? "" : username.strip();
        return name.length() > 50 ? name.substring(0, 50) : name;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String name, String error) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error=" + error + "&username="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }
}
