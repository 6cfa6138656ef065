package io.pcmops.http.config;

import io.helidon.config.Config;
import io.pcmops.DataDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's own settings, read from the {@code pcmops} section of the Helidon configuration.
 *
 * @param dataDirectory      where the library keeps its store
 * @param enableLocal        {@code PCMOPS_ENABLE_LOCAL}: {@code true} turns the {@code local} provider on by default,
 *                           {@code false} keeps it off whatever its stored setting; empty: off until an admin
 *                           turns it on
 * @param adminPassword      initial password of the first {@code admin}, or empty for a random one
 * @param idleTimeout        a session ends after this long without a request
 * @param sessionLifetime    a session ends this long after sign-in, whatever its activity
 * @param maxBodyBytes       largest request body accepted
 * @param secureCookies      whether cookies carry {@code Secure} (set when TLS is configured)
 * @param trustForwardedFor  whether the client address comes from {@code X-Forwarded-For}
 * @param login              sign-in throttling and lockout
 */
public record ServerSettings(Path dataDirectory, Optional<Boolean> enableLocal, Optional<String> adminPassword,
                             Duration idleTimeout, Duration sessionLifetime, int maxBodyBytes, boolean secureCookies,
                             boolean trustForwardedFor, LoginPolicy login) {

    /**
     * Sign-in throttling: attempts allowed per user and per client in each period, and the lockout after
     * consecutive failures.
     *
     * @param perUser         attempts per user name per period
     * @param perClient       attempts per client address per period
     * @param period          the period
     * @param lockoutAfter    consecutive failures that lock a user
     * @param lockoutDuration how long the lock lasts
     */
    public record LoginPolicy(int perUser, int perClient, Duration period, int lockoutAfter,
                              Duration lockoutDuration) {

        /** Returns the defaults: 5 per user and 20 per client a minute; 5 failures lock for 15 minutes. */
        public static LoginPolicy defaults() {
            return new LoginPolicy(5, 20, Duration.ofMinutes(1), 5, Duration.ofMinutes(15));
        }
    }

    /** Reads the settings from the root configuration (the {@code pcmops} and {@code server} sections). */
    public static ServerSettings from(Config root) {
        Config pcmops = root.get("pcmops");
        Config login = pcmops.get("login");
        LoginPolicy defaults = LoginPolicy.defaults();
        LoginPolicy policy = new LoginPolicy(
                login.get("per-user").asInt().orElse(defaults.perUser()),
                login.get("per-client").asInt().orElse(defaults.perClient()),
                login.get("period").as(Duration.class).orElse(defaults.period()),
                login.get("lockout-after").asInt().orElse(defaults.lockoutAfter()),
                login.get("lockout-duration").as(Duration.class).orElse(defaults.lockoutDuration()));
        Config tls = root.get("server.tls");
        boolean tlsOn = tls.exists() && tls.get("enabled").asBoolean().orElse(true);
        return new ServerSettings(
                pcmops.get("data-dir").asString().map(Path::of).orElseGet(DataDirectories::defaultDirectory),
                strictBoolean(pcmops.get("enable-local").asString().asOptional(), "PCMOPS_ENABLE_LOCAL"),
                pcmops.get("admin-password").asString().filter(p -> !p.isBlank()),
                pcmops.get("session.idle-timeout").as(Duration.class).orElse(Duration.ofMinutes(30)),
                pcmops.get("session.lifetime").as(Duration.class).orElse(Duration.ofHours(12)),
                pcmops.get("max-body-bytes").asInt().orElse(1_048_576),
                pcmops.get("secure-cookies").asBoolean().orElse(tlsOn),
                pcmops.get("trust-forwarded-for").asBoolean().orElse(false),
                policy);
    }

    private static Optional<Boolean> strictBoolean(Optional<String> value, String name) {
        return value.filter(text -> !text.isBlank()).map(text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + text + "'");
        });
    }

    /** Returns settings for tests and embedders: defaults on the given directory. */
    public static ServerSettings defaults(Path dataDirectory) {
        return new ServerSettings(dataDirectory, Optional.empty(), Optional.empty(), Duration.ofMinutes(30),
                Duration.ofHours(12), 1_048_576, false, false, LoginPolicy.defaults());
    }

    /** Returns a copy with other login limits. */
    public ServerSettings withLogin(LoginPolicy value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, idleTimeout, sessionLifetime,
                maxBodyBytes, secureCookies, trustForwardedFor, value);
    }

    /** Returns a copy that takes the client address from {@code X-Forwarded-For} or not. */
    public ServerSettings withTrustForwardedFor(boolean value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, idleTimeout, sessionLifetime,
                maxBodyBytes, secureCookies, value, login);
    }

    /** Returns a copy with cookies marked {@code Secure} or not. */
    public ServerSettings withSecureCookies(boolean value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, idleTimeout, sessionLifetime,
                maxBodyBytes, value, trustForwardedFor, login);
    }
}
