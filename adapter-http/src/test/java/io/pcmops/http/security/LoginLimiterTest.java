package io.pcmops.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.config.ServerSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sign-in limiter remembers a bounded number of addresses, whatever arrives. */
class LoginLimiterTest {

    @Test
    void acquire_fromMoreAddressesThanItKeeps_staysBounded() {
        LoginLimiter limiter = new LoginLimiter(ServerSettings.defaults(Path.of("unused")));

        for (int i = 0; i < LoginLimiter.MAX_KEYS + 500; i++) {
            limiter.acquire("2001:db8::" + Integer.toHexString(i));
        }

        assertThat(limiter.size()).isEqualTo(LoginLimiter.MAX_KEYS);
    }

    @Test
    void acquire_overTheLimit_saysHowLongToWait() {
        LoginLimiter limiter = new LoginLimiter(ServerSettings.defaults(Path.of("unused")));

        for (int i = 0; i < ServerSettings.LoginPolicy.defaults().perClient(); i++) {
            assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        }

        assertThat(limiter.acquire("10.0.0.1")).hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(limiter.acquire("10.0.0.2")).isEmpty();
    }
}
