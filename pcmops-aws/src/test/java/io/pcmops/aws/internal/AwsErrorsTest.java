package io.pcmops.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ssm.model.SsmException;

class AwsErrorsTest {

    private static SsmException failure(String code, String message) {
        return (SsmException) SsmException.builder().statusCode(503).requestId("req-1")
                .awsErrorDetails(AwsErrorDetails.builder().serviceName("Ssm").errorCode(code).errorMessage(message)
                        .build()).build();
    }

    @Test
    void describe_whenNoCodeNorMessage_namesCallStatusAndRequestIdInsteadOfNull() {
        SsmException error = failure(null, null);
        AwsErrors.tag(error, "Ssm", "DescribeInstanceInformation");

        assertThat(AwsErrors.describe(new CompletionException(error))).isEqualTo(
                "SSM DescribeInstanceInformation failed: no error code or message (HTTP 503, request id req-1)");
        assertThat(AwsErrors.describe(error)).doesNotContain("null");
    }

    @Test
    void describe_whenCodeAndMessage_givesBothWithStatusAndRequestId() {
        SsmException error = failure("ThrottlingException", "Rate exceeded");
        AwsErrors.tag(error, "Ssm", "SendCommand");

        assertThat(AwsErrors.describe(error))
                .isEqualTo("SSM SendCommand failed: ThrottlingException: Rate exceeded (HTTP 503, request id req-1)");
        assertThat(AwsErrors.detail(error)).isEqualTo("ThrottlingException: Rate exceeded (HTTP 503, request id req-1)");
        assertThat(AwsErrors.code(error)).isEqualTo("ThrottlingException");
        assertThat(AwsErrors.message(error)).isEqualTo("Rate exceeded");
    }

    @Test
    void describe_whenUntagged_namesTheServiceFromTheErrorDetails() {
        assertThat(AwsErrors.describe(failure("InvalidInstanceId", "")))
                .isEqualTo("InvalidInstanceId (Ssm, HTTP 503, request id req-1)");
        assertThat(AwsErrors.message(failure("InvalidInstanceId", ""))).isNull();
    }

    @Test
    void describe_whenClientFailure_givesTheCallAndTheMessage() {
        SdkClientException error = SdkClientException.create("Unable to execute HTTP request: Connection refused");
        AwsErrors.tag(error, "Ec2", "DescribeInstances");
        AwsErrors.tag(error, "Ec2", "DescribeInstances");

        assertThat(AwsErrors.describe(error))
                .isEqualTo("EC2 DescribeInstances failed: Unable to execute HTTP request: Connection refused");
        assertThat(error.getSuppressed()).hasSize(1);
        assertThat(AwsErrors.code(error)).isNull();
    }
}
