package io.pcmops.http.config;

import io.helidon.config.Config;
import io.pcmops.DataDirectories;
import io.pcmops.model.SignInPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's own settings, read from the {@code pcmops} section of the Helidon configuration.
 *
 * @param dataDirectory  where the library keeps its store
 * @param enableLocal    {@code PCMOPS_ENABLE_LOCAL}: {@code true} turns the {@code local} provider on by default,
 *                       {@code false} keeps it off whatever its stored setting; empty: off until an admin turns it on
 * @param adminPassword  password of the first {@code admin}, or empty for a random one; also restores {@code admin}
 *                       when no enabled admin is left
 * @param maxBodyBytes   largest request body accepted
 * @param secureCookies  whether cookies carry {@code Secure} and the {@code __Host-} prefix (set when TLS is on)
 * @param login          sign-in throttling per client address
 * @param signIn         sign-in back-off per user and address, and session lengths (kept by the library)
 * @param network        TLS, binding, proxies and host names
 * @param streamsPerUser live event streams one user may hold open at once
 * @param localRunAs     {@code PCMOPS_LOCAL_RUN_AS}: the account {@code local} scripts run as (e.g. {@code nobody})
 */
public record ServerSettings(Path dataDirectory, Optional<Boolean> enableLocal, Optional<String> adminPassword,
                             int maxBodyBytes, boolean secureCookies, LoginPolicy login, SignInPolicy signIn,
                             Network network, int streamsPerUser, Optional<String> localRunAs) {

    /**
     * Sign-in throttling: attempts allowed per client address in each period, whatever the user name.
     *
     * @param perClient attempts per client address per period
     * @param period    the period
     */
    public record LoginPolicy(int perClient, Duration period) {

        /** Returns the default: 20 attempts per client a minute. */
        public static LoginPolicy defaults() {
            return new LoginPolicy(20, Duration.ofMinutes(1));
        }
    }

    /**
     * How the server meets the network.
     *
     * @param tls               whether TLS is configured
     * @param allowInsecureBind whether binding beyond loopback without TLS is allowed (e.g. behind a TLS proxy)
     * @param trustedProxies    addresses or CIDR ranges of proxies whose {@code X-Forwarded-For} is believed
     * @param allowedHosts      the {@code Host} names requests may carry; empty: any
     */
    public record Network(boolean tls, boolean allowInsecureBind, List<String> trustedProxies,
                          List<String> allowedHosts) {

        public Network {
            trustedProxies = List.copyOf(trustedProxies);
            allowedHosts = List.copyOf(allowedHosts);
        }

        /** Returns plain HTTP on loopback, no proxies, any host. */
        public static Network plain() {
            return new Network(false, false, List.of(), List.of());
        }
    }

    /** Reads the settings from the root configuration (the {@code pcmops} and {@code server} sections). */
    public static ServerSettings from(Config root) {
        Config pcmops = root.get("pcmops");
        Config tls = root.get("server.tls");
        boolean tlsOn = tls.exists() && tls.get("enabled").asBoolean().orElse(true);
        return new ServerSettings(
                pcmops.get("data-dir").asString().map(Path::of).orElseGet(DataDirectories::defaultDirectory),
                strictBoolean(pcmops.get("enable-local").asString().asOptional(), "PCMOPS_ENABLE_LOCAL"),
                pcmops.get("admin-password").asString().filter(p -> !p.isBlank()),
                pcmops.get("max-body-bytes").asInt().orElse(1_048_576),
                pcmops.get("secure-cookies").asBoolean().orElse(tlsOn),
                login(pcmops.get("login")), signIn(pcmops), new Network(tlsOn,
                pcmops.get("allow-insecure-bind").asBoolean().orElse(false), strings(pcmops.get("trusted-proxies")),
                strings(pcmops.get("allowed-hosts"))),
                pcmops.get("streams-per-user").asInt().orElse(8),
                pcmops.get("local-run-as").asString().map(String::trim).filter(a -> !a.isEmpty()));
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
        return new ServerSettings(dataDirectory, Optional.empty(), Optional.empty(), 1_048_576, false,
                LoginPolicy.defaults(), SignInPolicy.defaults(), Network.plain(), 8, Optional.empty());
    }

    /** Returns a copy with other sign-in throttling. */
    public ServerSettings withLogin(LoginPolicy value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, maxBodyBytes, secureCookies, value,
                signIn, network, streamsPerUser, localRunAs);
    }

    /** Returns a copy with another sign-in back-off and session lengths. */
    public ServerSettings withSignIn(SignInPolicy value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, maxBodyBytes, secureCookies, login,
                value, network, streamsPerUser, localRunAs);
    }

    /** Returns a copy with other network settings. */
    public ServerSettings withNetwork(Network value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, maxBodyBytes, secureCookies, login,
                signIn, value, streamsPerUser, localRunAs);
    }

    /** Returns a copy with cookies marked {@code Secure} (and {@code __Host-} named) or not. */
    public ServerSettings withSecureCookies(boolean value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, maxBodyBytes, value, login, signIn,
                network, streamsPerUser, localRunAs);
    }

    /** Returns a copy with another cap on live event streams per user. */
    public ServerSettings withStreamsPerUser(int value) {
        return new ServerSettings(dataDirectory, enableLocal, adminPassword, maxBodyBytes, secureCookies, login,
                signIn, network, value, localRunAs);
    }

    private static LoginPolicy login(Config login) {
        LoginPolicy defaults = LoginPolicy.defaults();
        return new LoginPolicy(login.get("per-client").asInt().orElse(defaults.perClient()),
                login.get("period").as(Duration.class).orElse(defaults.period()));
    }

    private static SignInPolicy signIn(Config pcmops) {
        SignInPolicy defaults = SignInPolicy.defaults();
        Config login = pcmops.get("login");
        Config session = pcmops.get("session");
        return new SignInPolicy(login.get("free-failures").asInt().orElse(defaults.freeFailures()),
                login.get("first-delay").as(Duration.class).orElse(defaults.firstDelay()),
                login.get("max-delay").as(Duration.class).orElse(defaults.maxDelay()),
                login.get("forget-every").as(Duration.class).orElse(defaults.forgetEvery()),
                session.get("lifetime").as(Duration.class).orElse(defaults.sessionLifetime()),
                session.get("idle-timeout").as(Duration.class).orElse(defaults.idleTimeout()));
    }

    /** Reads a YAML list, or a comma-separated value (as environment variables give). */
    private static List<String> strings(Config node) {
        if (node.isList()) {
            return node.asList(String.class).orElse(List.of()).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
        return node.asString().map(text -> Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }
}
