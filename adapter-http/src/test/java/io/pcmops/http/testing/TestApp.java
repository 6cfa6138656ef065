package io.pcmops.http.testing;

import io.helidon.webserver.http.HttpRouting;
import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.inject.HttpComponent;
import io.pcmops.http.security.PasswordHasher;
import io.pcmops.model.Role;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A library on a temporary directory (stub and local providers discovered from the class path, plus the test
 * cloud), the server's object graph over it, and three users: admin, operator and viewer.
 */
public final class TestApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-Pa55word-for-tests";
    public static final String OPERATOR_PASSWORD = "operator-Pa55word-for-tests";
    public static final String VIEWER_PASSWORD = "viewer-Pa55word-for-tests";
    /** A pasted fake secret that must never come back in any response. */
    public static final String FAKE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETzz";
    public static final String FAKE_KEY_ID = "AKIAIOSFODNN7TESTKEY";

    /** The aws provider off, and its endpoints on a closed loopback port, so no test can reach a real cloud. */
    private static final Map<String, String> AWS_OFFLINE = Map.of("enabled", "false",
            "endpoint.sts", "http://127.0.0.1:9", "endpoint.ec2", "http://127.0.0.1:9",
            "endpoint.ssm", "http://127.0.0.1:9", "endpoint.organizations", "http://127.0.0.1:9",
            "endpoint.s3", "http://127.0.0.1:9");

    private final Path directory;
    private final Pcmops pcm;
    private final HttpComponent component;

    private TestApp(Path directory, Pcmops pcm, HttpComponent component) {
        this.directory = directory;
        this.pcm = pcm;
        this.component = component;
    }

    /** Creates an app with default settings and the local provider on. */
    public static TestApp create() {
        return create(Map.of("targets", "20"));
    }

    /** Creates an app with generous sign-in limits, the local provider on and the given stub settings. */
    public static TestApp create(Map<String, String> stubDefaults) {
        return create(settings -> settings.withLogin(new ServerSettings.LoginPolicy(1000, 1000,
                java.time.Duration.ofMinutes(1), 5, java.time.Duration.ofMinutes(15))), Map.of("enabled", "true"),
                stubDefaults);
    }

    /** Creates an app with adjusted settings and local-provider defaults. */
    public static TestApp create(java.util.function.UnaryOperator<ServerSettings> adjust,
                                 Map<String, String> localDefaults) {
        return create(adjust, localDefaults, Map.of("targets", "20"));
    }

    /** Creates an app with adjusted settings, local-provider defaults and stub-provider settings. */
    public static TestApp create(java.util.function.UnaryOperator<ServerSettings> adjust,
                                 Map<String, String> localDefaults, Map<String, String> stubDefaults) {
        return create(adjust, directory -> TestLibraries.builder(directory, new TestCloudProvider())
                .discoverProviders(true).providerDefaults("local", localDefaults)
                .providerDefaults("aws", AWS_OFFLINE).providerDefaults("stub", stubDefaults));
    }

    /**
     * Creates an app whose only providers are in memory (the stub with the given settings and the test cloud): no
     * request can make it run anything on this machine or reach another host.
     */
    public static TestApp inMemory(java.util.function.UnaryOperator<ServerSettings> adjust,
                                   Map<String, String> stubDefaults) {
        return create(adjust, directory -> TestLibraries.builder(directory, new StubProvider(),
                new TestCloudProvider()).providerDefaults("stub", stubDefaults));
    }

    private static TestApp create(java.util.function.UnaryOperator<ServerSettings> adjust,
                                  java.util.function.Function<Path, PcmopsBuilder> library) {
        try {
            Path directory = Files.createTempDirectory("pcmops-http-test");
            Pcmops pcm = library.apply(directory).build();
            HttpComponent component = HttpComponent.create(pcm, adjust.apply(ServerSettings.defaults(directory)));
            TestApp app = new TestApp(directory, pcm, component);
            app.user("admin", ADMIN_PASSWORD, Role.ADMIN);
            app.user("operator", OPERATOR_PASSWORD, Role.OPERATOR);
            app.user("viewer", VIEWER_PASSWORD, Role.VIEWER);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the password of one of the three users every app has. */
    public static String password(String user) {
        return switch (user) {
            case "admin" -> ADMIN_PASSWORD;
            case "operator" -> OPERATOR_PASSWORD;
            case "viewer" -> VIEWER_PASSWORD;
            default -> throw new IllegalArgumentException("no test user '" + user + "'; use admin, operator or viewer");
        };
    }

    /** Creates a user directly in the store. */
    public void user(String name, String password, Role role) {
        PasswordHasher hasher = component.hasher();
        pcm.users().create(name, hasher.hash(password), Set.of(role), false);
    }

    /** The production routing over this app. */
    public void routing(HttpRouting.Builder routing) {
        component.routes().routing(routing);
    }

    public Pcmops library() {
        return pcm;
    }

    public HttpComponent component() {
        return component;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        pcm.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
