package io.pcmops.examples.aws;

import io.pcmops.aws.testkit.InstanceMetadata;
import org.junit.jupiter.api.Test;

class InstanceMetadataDisabledTest {

    @Test
    void tests_neverLetTheSdkProbeTheInstanceMetadataAddress() throws Exception {
        InstanceMetadata.assertProbingDisabled();
    }
}
