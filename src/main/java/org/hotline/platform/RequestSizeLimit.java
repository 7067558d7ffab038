package org.hotline.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies larger than the limit are refused with a 413 before anything reads them: a declared length at once, a
 * chunked body as soon as it passes the limit. The directory import and model deployments take larger bodies. A
 * query parameter of the API holding a control character is a 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long limit;
    private final long importLimit;

    RequestSizeLimit(@Value("${hotline.http.max-body:1MB}") DataSize limit,
                     @Value("${hotline.http.max-import-body:50MB}") DataSize importLimit) {
        this.limit = limit.toBytes();
        this.importLimit = importLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long allowed = path.equals("/api/directory/import") || path.startsWith("/engine-rest/deployment")
                || path.contains("/deployment/create") ? importLimit : limit;
        if (request.getContentLengthLong() > allowed) {
            refuse(response, allowed);
            return;
        }
        if (path.startsWith("/api/") && request.getQueryString() != null && hasControlCharacter(request)) {
            ApiProblem.invalid("query", "a parameter holds a control character").writeTo(response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, allowed), response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            if (!response.isCommitted()) {
                response.reset();
                refuse(response, allowed);
            }
        }
    }

    /** NUL and the other control characters never belong in a query parameter; a tab or a new line may. */
    private static boolean hasControlCharacter(HttpServletRequest request) {
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, long allowed) throws IOException {
        response.setHeader("Connection", "close");
        new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Payload too large",
                "The request body is larger than " + DataSize.ofBytes(allowed).toKilobytes() + " KB", List.of())
                .writeTo(response);
    }

    /** Whether a failure came from a body over the limit, however deep the readers wrapped it. */
    static boolean tooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the counting stream; unchecked so that it passes through the readers that wrap it. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("Request body too large", null, false, false);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long allowed;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long allowed) {
            super(request);
            this.allowed = allowed;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > allowed) {
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
