package org.hotline.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The engine's REST API and the webapps' APIs are servlets mapped under a path ({@code /engine-rest/*},
 * {@code /camunda/api/engine/*} ...). An address that reaches one of them only once the container has cleaned it up
 * ({@code /camunda//api/...}, {@code /camunda/./api/...}, {@code /camunda;x=1/api/...}, {@code /%63amunda/api/...})
 * is refused here with a 400: as written it does not start with the servlet's path, which the path matching of
 * Spring's filters cannot handle (a 500), and which rules written for the plain address might not see.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PlainAddress extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping != null && mapping.getMappingMatch() == MappingMatch.PATH) {
            String servlet = request.getContextPath() + UriUtils.encodePath(request.getServletPath(), StandardCharsets.UTF_8);
            String written = request.getRequestURI();
            if (!written.equals(servlet) && !written.startsWith(servlet + "/")) {
                new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                        "The address is not in its plain form: write it without //, /./, /../, ; or escaped letters",
                        List.of()).writeTo(response, ErrorAnswers.camundaClient(written));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
