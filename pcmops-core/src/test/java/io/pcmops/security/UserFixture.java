package io.pcmops.security;

import io.pcmops.Pcmops;
import io.pcmops.model.Actor;
import io.pcmops.model.NewUser;
import io.pcmops.model.Role;
import io.pcmops.model.SignInPolicy;
import io.pcmops.model.SignedIn;
import io.pcmops.spi.Provider;
import io.pcmops.testkit.MutableClock;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** A library with a movable clock, a quick sign-in back-off and helpers to make users and sign them in. */
final class UserFixture implements AutoCloseable {

    /** Three free failures, then 10 s doubling up to 80 s; one failure forgotten a minute. */
    static final SignInPolicy POLICY = new SignInPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(80),
            Duration.ofMinutes(1), Duration.ofHours(12), Duration.ofMinutes(30));

    final MutableClock clock = new MutableClock();
    final Pcmops pcm;

    UserFixture(Path directory, Provider... providers) {
        this.pcm = TestLibraries.builder(directory, providers).clock(clock).signInPolicy(POLICY).build();
    }

    /** Creates a user as the host, with the password {@code NAME-Password-1}. */
    void user(String name, Role role) {
        pcm.users().create(new NewUser(name, password(name), Set.of(role), Set.of(), false));
    }

    static String password(String name) {
        return name + "-Password-1";
    }

    /** Signs a user in from an address with their password. */
    SignedIn signIn(String name, String client) {
        return pcm.sessions().signIn(name, password(name), client, Optional.empty());
    }

    /** Returns the library acting as a signed-in user. */
    Pcmops as(String name) {
        return pcm.actingAs(actor(name));
    }

    Actor actor(String name) {
        return signIn(name, "127.0.0.1").actor();
    }

    @Override
    public void close() {
        pcm.close();
    }
}
