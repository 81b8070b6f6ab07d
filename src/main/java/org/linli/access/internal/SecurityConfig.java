package org.linli.access.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in for the workbench with CSRF protection on (htmx sends the token as a header).
 * Pages below are for staff; data scope is enforced in every query, not here.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication // the command-line import runs without a web server
class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInHandlers handlers) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health", "/report/**", "/track/**", "/open311/**",
                                "/public/**").permitAll()
                        .requestMatchers("/topics/**", "/meetings/**", "/representatives/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER",
                                "GRID_WORKER", "RESIDENT")
                        .requestMatchers("/consultations/**", "/matters/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF",
                                "COMMUNITY_WORKER", "GRID_WORKER", "RESIDENT")
                        .requestMatchers("/disclosure/**")
                                .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER")
                        .requestMatchers("/divisions/import/**", "/audit/**").hasRole("DISTRICT_ADMIN")
                        .requestMatchers("/residents/**", "/households/**", "/organisations/**", "/committees/**", "/api/residents/**")
                                .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER")
                        .requestMatchers("/cases/**")
                                .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER", "DEPARTMENT_STAFF")
                        .requestMatchers("/calendar/**", "/case-categories/**", "/departments/**", "/case-stats/**")
                                .hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF", "COMMUNITY_WORKER", "GRID_WORKER", "DEPARTMENT_STAFF")
                        .requestMatchers("/api-keys/**").hasRole("DISTRICT_ADMIN")
                        .requestMatchers("/accounts/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF")
                        .requestMatchers("/divisions/**", "/api/**", "/grid-workers/**").hasAnyRole("DISTRICT_ADMIN", "STREET_STAFF",
                                "COMMUNITY_WORKER", "GRID_WORKER", "DEPARTMENT_STAFF")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(handlers))
                // Open311 clients authenticate writes with an API key, not a session.
                .csrf(c -> c.ignoringRequestMatchers("/open311/**"))
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }
}
