package org.hotline.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's users and groups, password {@code demo}. Created once; a second start changes nothing. */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private record DemoUser(String id, String firstName, String lastName, String group) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("advocate1", "Amina", "Advocate", Roles.ADVOCATES),
            new DemoUser("advocate2", "Benoît", "Advocate", Roles.ADVOCATES),
            new DemoUser("supervisor1", "Sam", "Supervisor", Roles.SUPERVISORS),
            new DemoUser("designer1", "Dana", "Designer", Roles.DESIGNERS),
            new DemoUser("admin", "Alex", "Admin", Roles.ADMINS));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void create() {
        group(Roles.ADVOCATES, "Advocates");
        group(Roles.SUPERVISORS, "Supervisors");
        group(Roles.DESIGNERS, "Process designers");
        group(Roles.ADMINS, "Administrators");
        group("camunda-admin", "Camunda administrators");
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@example.org");
                user.setPassword("demo");
                identityService.saveUser(user);
                identityService.createMembership(demo.id(), demo.group());
                if (demo.group().equals(Roles.ADMINS)) {
                    identityService.createMembership(demo.id(), "camunda-admin");
                }
                log.info("Demo user {} created in group {}", demo.id(), demo.group());
            }
        }
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
