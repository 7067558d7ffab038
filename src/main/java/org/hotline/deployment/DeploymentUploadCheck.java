package org.hotline.deployment;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.EnginePaths;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A deployment is a multipart upload of model files, on every way in to the engine's APIs. Anything else (no body, a
 * JSON body) is a 400 saying so here, where the engine's own REST resource would fail on it with a 500.
 */
@Component
class DeploymentUploadCheck extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/deployment/create".equals(EnginePaths.engineResource(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!multipart(request.getContentType())) {
            ApiProblem.invalid("body", "a deployment is a multipart/form-data upload of the model and form files")
                    .writeTo(response, true);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean multipart(String type) {
        try {
            return type != null && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(type));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
