package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkSystemSetting;

/**
 * The test JVMs (set up in the parent pom) and the processes the tests start (which inherit the variable) keep the
 * AWS SDK's default chains from probing the EC2 instance-metadata address for credentials or a region.
 */
class InstanceMetadataTest {

    @Test
    void testSetup_disablesTheInstanceMetadataLookup() {
        assertThat(System.getenv("AWS_EC2_METADATA_DISABLED")).isEqualTo("true");
        assertThat(System.getProperty("aws.disableEc2Metadata")).isEqualTo("true");
        assertThat(SdkSystemSetting.AWS_EC2_METADATA_DISABLED.getBooleanValueOrThrow()).isTrue();
    }
}
