package org.hotline.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.EnginePaths;
import org.springframework.http.HttpMethod;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.AntPathMatcher;

/**
 * Nothing is reachable without a login but the health probe. HTTP Basic for {@code /api/**} and
 * {@code /engine-rest/**}; one form login for the pages and the Camunda webapps.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PROVIDER = SpringSecurityContainerAuthenticationProvider.class.getName();
    /** The workspace pages, the case diagram and Swagger UI: scripts and styles from this site only. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        // Path matchers independent of Spring MVC: /engine-rest and /camunda are served by other servlets.
        http.securityMatcher(new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher(HttpMethod.POST, "/api/directory/import")).hasAnyRole(Roles.ADMIN, Roles.DESIGNER)
                        .requestMatchers(antMatcher(HttpMethod.GET, "/api/directory/export"))
                                .hasAnyRole(Roles.ADMIN, Roles.DESIGNER, Roles.SUPERVISOR)
                        .requestMatchers(antMatcher("/api/directory/**"), antMatcher(HttpMethod.GET, "/api/protocols/**"),
                                antMatcher(HttpMethod.GET, "/api/protocols"))
                                .hasAnyRole(Roles.ADVOCATE, Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/protocols/**")).hasAnyRole(Roles.SUPERVISOR, Roles.ADMIN)
                        // Case management (CMMN) is off: its resources have no tables here.
                        .requestMatchers(engine(null, "/engine-rest/case-*/**"),
                                engine(null, "/engine-rest/history/case-*/**")).denyAll()
                        // Designers deploy models as Camunda Modeler does; nobody else changes deployments.
                        .requestMatchers(engine(HttpMethod.POST, "/engine-rest/deployment/**"))
                                .hasAnyRole(Roles.DESIGNER, Roles.ADMIN)
                        // Removing a deployment can remove the running cases with it: administrators only.
                        .requestMatchers(engine(HttpMethod.DELETE, "/engine-rest/deployment/**")).hasRole(Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/admin/**"), antMatcher("/api/audit/verify")).hasRole(Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/audit"), antMatcher("/api/audit/**"))
                                .hasAnyRole(Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/migrations/**"), antMatcher("/api/migrations"))
                                .hasAnyRole(Roles.DESIGNER, Roles.ADMIN)
                        // The engine's own API is for process designers and administrators; advocates and
                        // supervisors work through /api and Tasklist.
                        .requestMatchers(engine(null, "/engine-rest/user/**"), engine(null, "/engine-rest/group/**"),
                                engine(null, "/engine-rest/authorization/**"), engine(null, "/engine-rest/tenant/**"),
                                engine(null, "/engine-rest/identity/**")).hasRole(Roles.ADMIN)
                        // Designers read through it and deploy (above); every other change through it (messages,
                        // signals, conditions, instances, jobs, variables) is the administrators'. The engine's
                        // answer to a message sent to a case reveals whether the case exists and what it holds.
                        .requestMatchers(engine(HttpMethod.GET, "/engine-rest/**"), engine(HttpMethod.HEAD, "/engine-rest/**"))
                                .hasAnyRole(Roles.DESIGNER, Roles.ADMIN)
                        .requestMatchers(engine(null, "/engine-rest/**")).hasRole(Roles.ADMIN)
                        .requestMatchers(antMatcher(HttpMethod.GET, "/api/legal-rules/**"))
                                .hasAnyRole(Roles.DESIGNER, Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/legal-rules/**")).hasAnyRole(Roles.DESIGNER, Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/cases/*/legal-hold")).hasAnyRole(Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(antMatcher("/api/tasks/*/assignee"), antMatcher("/api/cases/*/risk-level"),
                                antMatcher("/api/supervisor/**")).hasRole(Roles.SUPERVISOR)
                        .requestMatchers(antMatcher("/api/cases"), antMatcher("/api/cases/**"), antMatcher("/api/tasks/**"),
                                antMatcher("/api/tasks")).hasAnyRole(Roles.ADVOCATE, Roles.SUPERVISOR)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication: no session cookie to forge requests with.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher("/actuator/health"), antMatcher("/actuator/health/**")).permitAll()
                        // First-run admin setup of the Admin webapp: an admin always exists, so nobody needs it.
                        .requestMatchers(antMatcher("/camunda/api/admin/setup/**")).denyAll()
                        // The webapps' own login checks passwords past the throttle; the form login is the only one.
                        .requestMatchers(antMatcher("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        // Every webapp asks the admin API who is logged in; the rest of Admin is the administrators'.
                        .requestMatchers(antMatcher("/camunda/api/admin/auth/**")).authenticated()
                        // Users, groups, authorizations and tenants are the administrators' alone, in every webapp.
                        .requestMatchers(antMatcher("/camunda/app/admin/**"), antMatcher("/camunda/api/admin/**"))
                                .hasRole(Roles.ADMIN)
                        .requestMatchers(engine(HttpMethod.GET, "/camunda/api/engine/engine/*/user/**"),
                                engine(HttpMethod.GET, "/camunda/api/engine/engine/*/group/**"),
                                engine(HttpMethod.GET, "/camunda/api/engine/engine/*/identity/groups")).authenticated()
                        // Checking a password (POST identity/verify) is the administrators' alone: anyone else could
                        // try passwords there without the login throttle.
                        .requestMatchers(engine(null, "/camunda/api/engine/engine/*/user/**"),
                                engine(null, "/camunda/api/engine/engine/*/group/**"),
                                engine(null, "/camunda/api/engine/engine/*/authorization/**"),
                                engine(null, "/camunda/api/engine/engine/*/tenant/**"),
                                engine(null, "/camunda/api/engine/engine/*/identity/**")).hasRole(Roles.ADMIN)
                        // Tasklist works tasks and filters; every other change through the webapps' engine API
                        // (instances, definitions, jobs, migrations, deployments) is for designers and admins.
                        // Case management (CMMN) is off: its resources have no tables here.
                        .requestMatchers(engine(null, "/camunda/api/engine/engine/*/case-*/**"),
                                engine(null, "/camunda/api/engine/engine/*/history/case-*/**")).denyAll()
                        // Cockpit's own API is for those who have Cockpit; Tasklist's for those who have Tasklist.
                        .requestMatchers(antMatcher("/camunda/api/cockpit/**"))
                                .hasAnyRole(Roles.SUPERVISOR, Roles.DESIGNER, Roles.ADMIN)
                        .requestMatchers(antMatcher("/camunda/api/tasklist/**"))
                                .hasAnyRole(Roles.ADVOCATE, Roles.SUPERVISOR, Roles.ADMIN)
                        // Free text into the engine's tables (task variables, comments, attachments, stand-alone tasks):
                        // nobody, through the webapps. What a task records goes through its form, checked field by
                        // field (TasklistSubmissionCheck), or through the hotline's API.
                        .requestMatchers(engineWrite("/camunda/api/engine/engine/*/task/*/variables/**"),
                                engineWrite("/camunda/api/engine/engine/*/task/*/localVariables/**"),
                                engineWrite("/camunda/api/engine/engine/*/task/*/comment/**"),
                                engineWrite("/camunda/api/engine/engine/*/task/*/attachment/**"),
                                engineWrite("/camunda/api/engine/engine/*/task/create")).denyAll()
                        .requestMatchers(engine(HttpMethod.GET, "/camunda/api/engine/**")).authenticated()
                        // An advocate works a task (claim, release, complete) and runs filters and task queries;
                        // changing a task itself (assignee, due date, candidates, variables) is for supervisors.
                        .requestMatchers(engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task/*/claim"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task/*/unclaim"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task/*/complete"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task/*/submit-form"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task/count"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/filter/*/list"),
                                engine(HttpMethod.POST, "/camunda/api/engine/engine/*/filter/*/count"))
                                .hasAnyRole(Roles.ADVOCATE, Roles.SUPERVISOR, Roles.ADMIN)
                        // A supervisor also hands a task to someone (Tasklist's "assignee") and keeps filters.
                        .requestMatchers(engine(HttpMethod.POST, "/camunda/api/engine/engine/*/task/*/assignee"),
                                engine(null, "/camunda/api/engine/engine/*/filter"),
                                engine(null, "/camunda/api/engine/engine/*/filter/**")).hasAnyRole(Roles.SUPERVISOR, Roles.ADMIN)
                        // Nothing else changes a task through the webapps: not who may do it (identity links,
                        // delegation), not ending it without its form (resolve, BPMN error or escalation), not its
                        // name, description, due date or priority (PUT), not deleting it. Administrators have the
                        // engine's REST API.
                        .requestMatchers(engineWrite("/camunda/api/engine/engine/*/task"),
                                engineWrite("/camunda/api/engine/engine/*/task/**")).denyAll()
                        // Removing a deployment (and with it the running cases) is the administrators' alone.
                        .requestMatchers(engine(HttpMethod.DELETE, "/camunda/api/engine/engine/*/deployment/**"))
                                .hasRole(Roles.ADMIN)
                        // Messages, signals and conditions act on running cases (and the engine's answer tells
                        // whether one matched): administrators only.
                        .requestMatchers(engineWrite("/camunda/api/engine/engine/*/message/**"),
                                engineWrite("/camunda/api/engine/engine/*/signal/**"),
                                engineWrite("/camunda/api/engine/engine/*/condition/**")).hasRole(Roles.ADMIN)
                        .requestMatchers(engine(null, "/camunda/api/engine/**")).hasAnyRole(Roles.DESIGNER, Roles.ADMIN)
                        .requestMatchers(antMatcher("/login"), antMatcher("/error"), antMatcher("/css/**"),
                                antMatcher("/js/**"), antMatcher("/favicon.ico")).permitAll()
                        // The case workspace: the supervisor board is the supervisors'; cases, tasks and intake are
                        // for advocates and supervisors; everyone logged in has a home page and notifications.
                        .requestMatchers(antMatcher("/supervisor"), antMatcher("/supervisor/**")).hasRole(Roles.SUPERVISOR)
                        .requestMatchers(antMatcher("/cases/**"), antMatcher("/tasks/**"), antMatcher("/intake"),
                                antMatcher("/search")).hasAnyRole(Roles.ADVOCATE, Roles.SUPERVISOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                // The Camunda webapps carry their own CSRF protection on /camunda/**.
                .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**")))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // Our pages run no inline script; the Camunda webapps send their own policy.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(antMatcher("/camunda/**")),
                                new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY))));
        return http.build();
    }

    /**
     * Matches a request to the engine's REST API or the webapps' engine API by its normalized path
     * ({@link EnginePaths#normalized}): one rule covers {@code /engine-rest/x} and {@code /engine-rest/engine/default/x},
     * with or without repeated or trailing slashes. {@code method} null matches every method.
     */
    static RequestMatcher engine(HttpMethod method, String pattern) {
        return request -> (method == null || method.matches(request.getMethod()))
                && PATHS.match(pattern, EnginePaths.normalized(request));
    }

    /** Like {@link #engine}, for every method that changes something (all but GET, HEAD and OPTIONS). */
    static RequestMatcher engineWrite(String pattern) {
        return request -> !READS.contains(request.getMethod()) && PATHS.match(pattern, EnginePaths.normalized(request));
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", PROVIDER));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after the Spring Security filter chain
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", PROVIDER));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(102);
        return registration;
    }

    /** A request the firewall refuses (an encoded slash or dot-dot in the path, a NUL): a problem, not a bare 400. */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, e) -> new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The address holds characters that are not allowed", List.of()).writeTo(response);
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof LoginThrottled throttled) {
                throttled.writeTo(response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"hotline\"");
            new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Log in with HTTP Basic credentials",
                    List.of()).writeTo(response, true);
        };
    }

    /** With the {@code message} member Camunda Modeler and the webapps show. */
    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> ApiProblem.forbidden("Your role may not do this").writeTo(response, true);
    }
}
