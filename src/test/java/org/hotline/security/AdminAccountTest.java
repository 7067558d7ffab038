package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator that a deployment outside the demo profile starts with, on the real identity tables. */
@HotlineSpringTest
class AdminAccountTest {

    @Autowired IdentityService identity;

    @Test
    @DisplayName("With nobody in admins: no password, a known one or a short one refuses to start; a good one creates the admin")
    void administratorAtFirstStart() {
        AdminAccount account = new AdminAccount(identity, "unused", "");
        withoutAdmins(() -> {
            assertThatThrownBy(() -> account.ensure("root1", "")).hasMessageContaining("HOTLINE_ADMIN_PASSWORD");
            assertThatThrownBy(() -> account.ensure("root1", "demo")).hasMessageContaining("default");
            assertThatThrownBy(() -> account.ensure("root1", "short-pw")).hasMessageContaining("12");
            String strong = UUID.randomUUID().toString();
            account.ensure("root1", strong);
            assertThat(identity.checkPassword("root1", strong)).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINS).userId("root1").count()).isOne();
            identity.deleteUser("root1");
        });
    }

    @Test
    @DisplayName("Once an administrator exists nothing is asked or changed")
    void existingAdministrator() {
        new AdminAccount(identity, "unused", "").ensure("someone-else", "");
        assertThat(identity.createUserQuery().userId("someone-else").count()).isZero();
    }

    /** Runs with the demo administrator briefly out of the admins group. */
    private void withoutAdmins(Runnable check) {
        identity.deleteMembership("admin", Roles.ADMINS);
        try {
            check.run();
        } finally {
            identity.createMembership("admin", Roles.ADMINS);
        }
    }
}
