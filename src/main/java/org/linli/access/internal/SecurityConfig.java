package org.linli.access.internal;

import org.linli.audit.AuditLog;
import org.linli.division.TileSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in for the workbench with CSRF protection on (htmx sends the token as a header).
 * Pages below are for staff; data scope is enforced in every query, not here.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication // the command-line import runs without a web server
class SecurityConfig {

    /** What a page may load: scripts only from Linli itself (no inline script), see {@code docs/security.md}. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            // Templates, htmx and Bootstrap set inline styles; styles cannot run code.
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The policy with the configured map tiles' host allowed as images (issue #13); unchanged without tiles. */
    static String withTiles(String tiles) {
        String source = TileSource.of(tiles).imageSource();
        return source.isEmpty() ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("img-src 'self' data: blob:;", "img-src 'self' data: blob: " + source + ";");
    }

    /**
     * The password first, then the account's state: a disabled account is only named as such to
     * someone who typed its password, so the answer never tells whether a name exists.
     */
    @Bean
    AuthenticationProvider accountsProvider(AccountUserDetails accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInHandlers handlers, SignInThrottle throttle, AccountUserDetails accounts,
                            AccountStore store, AuditLog audit, @Value("${linli.map.tiles:none}") String tiles) throws Exception {
        http.authorizeHttpRequests(SecurityConfig::authorize)
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(handlers))
                // Open311 clients authenticate writes with an API key, not a session.
                .csrf(c -> c.ignoringRequestMatchers("/open311/**"))
                // A session that ended (SessionStanding) or never was: the API answers 401, pages go to sign-in.
                .exceptionHandling(e -> e.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .addFilterBefore(new PausedSignIns(throttle, accounts, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionStanding(store, audit), SecurityContextHolderFilter.class)
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(withTiles(tiles)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Which roles reach which pages; the use cases check scope and finer permissions again. */
    private static void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                        "/actuator/health", "/actuator/health/**", "/report/**", "/track/**", "/open311/**",
                        "/public/**").permitAll()
                .requestMatchers("/topics/**", "/meetings/**", "/representatives/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER",
                        "GRID_WORKER", "RESIDENT")
                .requestMatchers("/consultations/**", "/matters/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF",
                        "COMMUNITY_WORKER", "GRID_WORKER", "RESIDENT")
                .requestMatchers("/disclosure/**")
                        .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER")
                .requestMatchers("/divisions/import/**", "/audit/**").hasRole("DISTRICT_ADMIN")
                // Sizing is the business of those who answer for committees (Role.ownsCommitteeSizing).
                .requestMatchers("/divisions/sizing/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER")
                .requestMatchers("/residents/**", "/households/**", "/organisations/**", "/committees/**", "/api/residents/**")
                        .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER")
                .requestMatchers("/cases/**")
                        .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER", "DEPARTMENT_STAFF")
                .requestMatchers("/calendar/**", "/case-categories/**", "/departments/**", "/case-stats/**")
                        .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER", "DEPARTMENT_STAFF")
                // Work items, their lists, the burden and the one set of tables: staff of committees and above and
                // the departments; grid workers and residents have no part in them (the lists are public under /public).
                .requestMatchers("/worklists/**", "/workitems/**", "/reports/**")
                        .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "DEPARTMENT_STAFF")
                .requestMatchers("/certificates/**", "/burden/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER")
                // Services, volunteering, conventions and points: residents take part on their phones beside the staff.
                .requestMatchers("/services/**", "/errands/**", "/volunteers/**", "/activities/**", "/conventions/**", "/points/**")
                        .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER", "RESIDENT")
                .requestMatchers("/linkage/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER")
                // The staff register and pay are the street's and the district's; a committee reads its own workers.
                .requestMatchers("/workforce/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER")
                // Emergencies: the committee, the street and the grid workers of the emergency network.
                .requestMatchers("/emergency/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER")
                .requestMatchers("/api-keys/**").hasRole("DISTRICT_ADMIN")
                .requestMatchers("/accounts/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF")
                .requestMatchers("/divisions/**", "/api/**", "/grid-workers/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF",
                        "COMMUNITY_WORKER", "GRID_WORKER", "DEPARTMENT_STAFF")
                .anyRequest().authenticated();
    }
}
