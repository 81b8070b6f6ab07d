package org.linli.access.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in account; other modules see it as {@link CurrentUser}. */
public record LinliUser(long accountId, String username, String displayName, Role role, long divisionId,
                        String divisionPath, String passwordHash, boolean enabled)
        implements UserDetails, CurrentUser {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public DataScope scope() {
        return new DataScope(divisionPath);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
