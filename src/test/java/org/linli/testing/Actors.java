package org.linli.testing;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who makes a request in a MockMvc test: {@code .with(as("worker"))} signs the request in as that
 * account, loaded the way sign-in loads it (role, division, data scope), from the application
 * context that serves the request.
 */
public final class Actors {

    private Actors() {
    }

    public static RequestPostProcessor as(String username) {
        return request -> {
            UserDetailsService users = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                    .getBean(UserDetailsService.class);
            UserDetails principal = users.loadUserByUsername(username);
            return SecurityMockMvcRequestPostProcessors.user(principal).postProcessRequest(request);
        };
    }
}
