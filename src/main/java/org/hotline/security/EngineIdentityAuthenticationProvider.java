package org.hotline.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One login for the API, the pages and the Camunda webapps: passwords and groups live in the engine's identity
 * tables (managed in the Admin webapp). Each group becomes a role, {@code advocates} → {@code ROLE_ADVOCATES}, and
 * is kept by its id ({@code GROUP_advocates}) for {@link CurrentUser#groups()}. Guessing is slowed per source address
 * and per user name by {@link LoginThrottle}: an attempt that must wait is refused ({@link LoginThrottled}) before
 * its password is checked.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        // Form login and HTTP Basic both record the client address (behind a trusted proxy, the forwarded one).
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.begin(address, userId);
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throttle.failed(attempt);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(attempt);
        // Each group twice: as a role for access rules, and by its own id for task candidate groups.
        List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .<GrantedAuthority>mapMulti((group, out) -> {
                    out.accept(new SimpleGrantedAuthority(Roles.roleOf(group)));
                    out.accept(new SimpleGrantedAuthority(Roles.GROUP_PREFIX + group));
                })
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
