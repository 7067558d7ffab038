package org.hotline.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.hotline.platform.StartupRefused;

/**
 * Outside the demo profile an administrator always exists: the hotline's groups are created, and when no one is in
 * {@code admins} yet, the administrator named by {@code hotline.admin.user} is created with the password of
 * {@code HOTLINE_ADMIN_PASSWORD}. Without that password, or with a known or short one, the application refuses to
 * start and says why.
 */
@Component
@Profile("!demo")
class AdminAccount {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    private static final Set<String> KNOWN_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final IdentityService identity;
    private final String userId;
    private final String password;

    AdminAccount(IdentityService identity, @Value("${hotline.admin.user:admin}") String userId,
                 @Value("${hotline.admin.password:}") String password) {
        this.identity = identity;
        this.userId = userId;
        this.password = password;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        ensure(userId, password);
    }

    void ensure(String adminId, String adminPassword) {
        for (String[] group : List.of(new String[] {Roles.ADVOCATES, "Advocates"}, new String[] {Roles.SUPERVISORS, "Supervisors"},
                new String[] {Roles.DESIGNERS, "Process designers"}, new String[] {Roles.ADMINS, "Administrators"},
                new String[] {"camunda-admin", "Camunda administrators"})) {
            if (identity.createGroupQuery().groupId(group[0]).count() == 0) {
                Group created = identity.newGroup(group[0]);
                created.setName(group[1]);
                created.setType("WORKFLOW");
                identity.saveGroup(created);
            }
        }
        if (identity.createUserQuery().memberOfGroup(Roles.ADMINS).count() > 0) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new StartupRefused("No administrator exists: set HOTLINE_ADMIN_PASSWORD (and HOTLINE_ADMIN_USER,"
                    + " default admin) to create one at start");
        }
        if (KNOWN_PASSWORDS.contains(adminPassword.toLowerCase(java.util.Locale.ROOT))
                || adminPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new StartupRefused("HOTLINE_ADMIN_PASSWORD is a default or shorter than " + MIN_PASSWORD_LENGTH
                    + " characters: choose another");
        }
        if (identity.createUserQuery().userId(adminId).count() == 0) {
            User user = identity.newUser(adminId);
            user.setFirstName("Hotline");
            user.setLastName("Administrator");
            user.setPassword(adminPassword);
            identity.saveUser(user);
        }
        identity.createMembership(adminId, Roles.ADMINS);
        identity.createMembership(adminId, "camunda-admin");
        log.info("Administrator {} created", adminId);
    }
}
