package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The accepted SendCommand request of one command, with the derived real-time deadlines.
 *
 * @param commandId the UUID
 * @param sequence order of arrival (higher is newer)
 * @param account caller's account
 * @param region caller's region
 * @param document the document
 * @param documentVersion as given, else {@code $DEFAULT}
 * @param comment as given, else {@code ""}
 * @param parametersEcho the request's Parameters, echoed back
 * @param parameters the validated parameters
 * @param instanceIds the targets, in request order
 * @param timeoutSeconds TimeoutSeconds if given
 * @param outputBucket OutputS3BucketName, {@code ""} when not given
 * @param outputPrefix OutputS3KeyPrefix, {@code ""} when not given
 * @param rateControls MaxConcurrency / MaxErrors
 * @param serviceRole ServiceRoleArn, {@code ""} when not given
 * @param requestedAt RequestedDateTime
 * @param visibleAt when invocations become visible to List/GetCommandInvocation
 * @param deliveryDeadline after this, undelivered invocations are not started
 * @param expiresAt ExpiresAfter: non-terminal invocations end DeliveryTimedOut
 */
record CommandSpec(String commandId, long sequence, String account, String region, SsmDocument document,
        String documentVersion, String comment, ObjectNode parametersEcho, DocumentParameters parameters,
        List<String> instanceIds, Integer timeoutSeconds, String outputBucket, String outputPrefix,
        RateControls rateControls, String serviceRole, Instant requestedAt, Instant visibleAt,
        Instant deliveryDeadline, Instant expiresAt) {

    boolean hasBucket() {
        return !outputBucket.isEmpty();
    }

    /** {@code <prefix>/<commandId>/<instanceId>/<pluginDir>}, joined like Go's path.Join (no empty parts). */
    String pluginKeyPrefix(String instanceId) {
        return join(outputPrefix, commandId, instanceId, document.s3PluginDirectory());
    }

    /** The S3 key of {@code stdout} or {@code stderr} for an instance (SSM-BEHAVIOUR.md §9). */
    String outputKey(String instanceId, String stream) {
        return join(pluginKeyPrefix(instanceId), document.s3StepDirectory(), stream);
    }

    /** The path-style URL reported for a stream, or {@code ""} without a bucket. */
    String outputUrl(String instanceId, String stream) {
        return hasBucket()
                ? "https://s3." + region + ".amazonaws.com/" + outputBucket + "/" + outputKey(instanceId, stream)
                : "";
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : "/").append(trimmed);
            }
        }
        return joined.toString();
    }
}
