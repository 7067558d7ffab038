package org.hotline.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a request's path that every rule about the engine's APIs uses. Camunda serves each resource of
 * its REST API under {@code /engine-rest/...} and {@code /engine-rest/engine/{name}/...}, and Tomcat and Jersey
 * take repeated and trailing slashes as the same resource; a rule written for one form must hold for all of them.
 */
public final class EnginePaths {

    private static final Pattern LONG_REST_FORM = Pattern.compile("^/engine-rest/engine/[^/]+(/.*)?$");
    private static final Pattern ENGINE_API = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    private EnginePaths() {
    }

    /**
     * The path within the application, with repeated slashes made one, no trailing slash, and the long form
     * {@code /engine-rest/engine/{name}/x} read as {@code /engine-rest/x}.
     */
    public static String normalized(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Matcher longForm = LONG_REST_FORM.matcher(path);
        if (longForm.matches()) {
            path = "/engine-rest" + (longForm.group(1) == null ? "" : longForm.group(1));
        }
        return path;
    }

    /**
     * The engine resource a request reaches through the engine's REST API or the webapps' engine API
     * ({@code /task/{id}/complete}, {@code /filter/{id}/list}, or {@code ""} for the API's root), or null for any
     * other request.
     */
    public static String engineResource(HttpServletRequest request) {
        Matcher api = ENGINE_API.matcher(normalized(request));
        if (!api.matches()) {
            return null;
        }
        return api.group(1) == null ? "" : api.group(1);
    }
}
