package io.pcmops.aws.testkit;

import io.pcmops.aws.internal.EndpointOverrides;

/**
 * Lets the {@code aws} provider in this JVM use the test kit's loopback endpoints (moto, the SSM fleet simulator, the
 * fault proxies): sets the system property {@value EndpointOverrides#ALLOW_PROPERTY}, as an operator would set
 * {@value EndpointOverrides#ALLOW_ENV} for an emulator. {@link AwsTestEnvironment} calls it when it starts; a test of
 * the refusal turns it off for a block with {@link ScopedSystemProperties}.
 */
public final class EmulatorEndpoints {

    private EmulatorEndpoints() {
    }

    /** Allows endpoint overrides outside AWS for the rest of this JVM. */
    public static void allow() {
        System.setProperty(EndpointOverrides.ALLOW_PROPERTY, "true");
    }
}
