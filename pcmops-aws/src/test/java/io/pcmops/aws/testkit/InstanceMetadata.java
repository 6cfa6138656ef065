package io.pcmops.aws.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;

/**
 * The tests' guarantee that the SDK's default chain never probes the instance-metadata address (169.254.169.254): the
 * build gives every test JVM {@code -Daws.disableEc2Metadata=true} and {@code AWS_EC2_METADATA_DISABLED=true}, which
 * its child processes inherit.
 */
public final class InstanceMetadata {

    private InstanceMetadata() {
    }

    /** Fails unless this JVM, its SDK and a child process all see instance metadata disabled. */
    public static void assertProbingDisabled() throws IOException, InterruptedException {
        assertThat(System.getProperty("aws.disableEc2Metadata")).isEqualTo("true");
        assertThat(System.getenv("AWS_EC2_METADATA_DISABLED")).isEqualTo("true");
        assertThatThrownBy(() -> InstanceProfileCredentialsProvider.create().resolveCredentials())
                .hasMessageContaining("IMDS credentials have been disabled");
        Process child = new ProcessBuilder("sh", "-c", "printf %s \"$AWS_EC2_METADATA_DISABLED\"").start();
        assertThat(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("true");
        assertThat(child.waitFor()).isZero();
    }
}
