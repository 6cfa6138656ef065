package io.pcmops.cli;

import io.pcmops.aws.testkit.AwsTestEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link AwsTestEnvironment} per test class (register it on a static field): started before the class's
 * {@code @BeforeAll} methods, its proxies' faults cleared after each test, closed after the class. Environments
 * reset moto when they start, so classes using it must not run at the same time.
 */
final class AwsEnvironmentExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final UnaryOperator<AwsTestEnvironment.Builder> options;
    private Path directory;
    private AwsTestEnvironment env;

    AwsEnvironmentExtension(UnaryOperator<AwsTestEnvironment.Builder> options) {
        this.options = options;
    }

    AwsTestEnvironment env() {
        return env;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("pcmops-cli-aws");
        env = options.apply(AwsTestEnvironment.builder(directory.resolve("library"))).start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        env.motoProxy().reset();
        env.ssmProxy().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (env != null) {
            env.close();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(AwsEnvironmentExtension::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
