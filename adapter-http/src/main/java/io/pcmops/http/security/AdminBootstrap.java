package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.model.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Creates the first administrator when the store has no user: with {@code PCMOPS_ADMIN_PASSWORD}, or with a random
 * password written to {@code <data-dir>/initial-admin-password} (mode 0600) that must be changed at first sign-in.
 * The log names the file, never the password.
 */
@Singleton
public final class AdminBootstrap {

    private static final System.Logger LOG = System.getLogger(AdminBootstrap.class.getName());

    private final Pcmops pcm;
    private final AccountService accounts;
    private final ServerSettings settings;

    @Inject
    public AdminBootstrap(Pcmops pcm, AccountService accounts, ServerSettings settings) {
        this.pcm = pcm;
        this.accounts = accounts;
        this.settings = settings;
    }

    /** Creates the administrator if there is no user at all; returns whether it did. */
    public boolean ensureAdmin() {
        if (!pcm.users().list().isEmpty()) {
            return false;
        }
        String name = AccountService.FIRST_ADMIN;
        if (settings.adminPassword().isPresent()) {
            accounts.create("pcmops-server", name, settings.adminPassword().get(), Set.of(Role.ADMIN), false);
            LOG.log(System.Logger.Level.INFO, "created user '" + name + "' with the password from PCMOPS_ADMIN_PASSWORD");
            return true;
        }
        String password = SecretTokens.random();
        Path file = accounts.initialPasswordFile();
        write(file, password);
        accounts.create("pcmops-server", name, password, Set.of(Role.ADMIN), true);
        LOG.log(System.Logger.Level.WARNING, "created user '" + name + "'; its initial password is in " + file
                + " (readable by this user only); it must be changed at first sign-in");
        return true;
    }

    private static void write(Path file, String password) {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
