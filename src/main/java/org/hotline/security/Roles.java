package org.hotline.security;

import java.util.Locale;

/** The hotline's groups (engine identity groups) and the Spring Security roles they become. */
public final class Roles {

    public static final String ADVOCATES = "advocates";
    public static final String SUPERVISORS = "supervisors";
    public static final String DESIGNERS = "designers";
    public static final String ADMINS = "admins";

    public static final String ADVOCATE = "ADVOCATES";
    public static final String SUPERVISOR = "SUPERVISORS";
    public static final String DESIGNER = "DESIGNERS";
    public static final String ADMIN = "ADMINS";

    private Roles() {
    }

    static final String GROUP_PREFIX = "GROUP_";

    static String roleOf(String groupId) {
        return "ROLE_" + groupId.toUpperCase(Locale.ROOT);
    }
}
