package io.pcmops.aws.testkit;

import java.time.Instant;
import java.util.List;

/**
 * A command the simulator accepted, for test assertions.
 *
 * @param commandId the CommandId
 * @param account caller's account
 * @param region caller's region
 * @param documentName the document
 * @param instanceIds targets in request order
 * @param commands the {@code commands} parameter
 * @param comment the Comment, {@code ""} when none
 * @param outputBucket OutputS3BucketName, {@code ""} when none
 * @param requestedAt RequestedDateTime
 */
public record ReceivedCommand(String commandId, String account, String region, String documentName,
        List<String> instanceIds, List<String> commands, String comment, String outputBucket,
        Instant requestedAt) {

    static ReceivedCommand of(CommandSpec spec) {
        return new ReceivedCommand(spec.commandId(), spec.account(), spec.region(), spec.document().documentName(),
                spec.instanceIds(), spec.parameters().commands(), spec.comment(), spec.outputBucket(),
                spec.requestedAt());
    }
}
