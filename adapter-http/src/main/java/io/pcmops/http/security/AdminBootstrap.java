package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.model.NewUser;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.nio.file.Path;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Makes sure the server can be administered. With no user at all it creates {@code admin}: with
 * {@code PCMOPS_ADMIN_PASSWORD}, or with a random password written to {@code <data-dir>/initial-admin-password}
 * (mode 0600) that must be changed at first sign-in. When users exist but none is an enabled admin and
 * {@code PCMOPS_ADMIN_PASSWORD} is set, it restores {@code admin} (enabled, admin role, that password). The log
 * names the file, never the password.
 */
@Singleton
public final class AdminBootstrap {

    private static final System.Logger LOG = System.getLogger(AdminBootstrap.class.getName());

    private final Pcmops pcm;
    private final ServerSettings settings;

    @Inject
    public AdminBootstrap(Pcmops pcm, ServerSettings settings) {
        this.pcm = pcm;
        this.settings = settings;
    }

    /** Creates or restores the administrator when needed; returns whether it did. */
    public boolean ensureAdmin() {
        java.util.List<User> users = pcm.users().list();
        if (!users.isEmpty()) {
            return users.stream().noneMatch(User::enabledAdmin) && restore();
        }
        String name = InitialPassword.FIRST_ADMIN;
        if (settings.adminPassword().isPresent()) {
            pcm.users().create(NewUser.of(name, settings.adminPassword().get(), Role.ADMIN)
                    .withMustChangePassword(false));
            LOG.log(System.Logger.Level.INFO, "created user '" + name + "' with the password from PCMOPS_ADMIN_PASSWORD");
            return true;
        }
        String password = SecretTokens.random();
        Path file = InitialPassword.write(pcm.dataDirectory(), password);
        pcm.users().create(NewUser.of(name, password, Role.ADMIN));
        LOG.log(System.Logger.Level.WARNING, "created user '" + name + "'; its initial password is in " + file
                + " (readable by this user only); it must be changed at first sign-in");
        return true;
    }

    private boolean restore() {
        if (settings.adminPassword().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "no enabled admin is left; restore one with 'pcmops users "
                    + "restore-admin NAME' on this data directory, or restart with PCMOPS_ADMIN_PASSWORD set");
            return false;
        }
        pcm.users().restoreAdmin(InitialPassword.FIRST_ADMIN, settings.adminPassword().get());
        LOG.log(System.Logger.Level.WARNING, "no enabled admin was left: restored user '" + InitialPassword.FIRST_ADMIN
                + "' as an enabled admin with the password from PCMOPS_ADMIN_PASSWORD");
        return true;
    }
}
