package org.linli.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The current session of the signed-in person, re-granted after they changed their own password. */
@Component
public class SignedInSessions {

    private final AccountUserDetails accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSessions(AccountUserDetails accounts) {
        this.accounts = accounts;
    }

    /**
     * Grants the current session the account as it now stands (a new session id too), so that
     * {@link SessionStanding} keeps it while ending the account's other sessions.
     */
    public void regrant(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof LinliUser user)) {
            return;
        }
        LinliUser fresh = (LinliUser) accounts.loadUserByUsername(user.username());
        var granted = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        granted.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(granted);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        repository.saveContext(context, request, response);
    }
}
