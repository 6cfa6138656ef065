package io.pcmops.aws.internal.ssm;

import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.model.OutputText;
import io.pcmops.spi.Failures;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;

/**
 * The output of a finished invocation. The plugin output of ListCommandInvocations holds 2,500 bytes; when it may
 * be cut, the full text is read from the S3 output bucket (SSM's key layout) when one is configured, else from
 * GetCommandInvocation once (24,000 / 8,000 characters, flagged truncated when SSM may have cut it). S3 reads are
 * ranged to the {@code maxOutputBytes} setting per stream: longer output is kept up to the cap, flagged truncated,
 * with its real size. The agent uploads only non-empty streams, and an upload may fail while the invocation still
 * succeeds: a missing object is an empty stream when the plugin output shows none, else the output is read from
 * GetCommandInvocation instead.
 */
final class OutputReader {

    private static final Logger LOG = LoggerFactory.getLogger(OutputReader.class);
    private static final int RANGE_NOT_SATISFIABLE = 416;

    private final AwsClients clients;

    OutputReader(AwsClients clients) {
        this.clients = clients;
    }

    /** Returns {stdout, stderr} of a terminal invocation. */
    CompletableFuture<OutputText[]> read(TrackedCommand command, String instanceId, CommandPlugin plugin) {
        String output = plugin == null || plugin.output() == null ? "" : plugin.output();
        if (!PluginOutput.mayBeCut(output)) {
            return CompletableFuture.completedFuture(PluginOutput.split(output));
        }
        if (command.bucket() == null) {
            return fromSsm(command, instanceId);
        }
        return fromS3(command, instanceId, output).exceptionallyCompose(error -> {
            LOG.warn("command {}: output of {} not readable from s3://{} ({}); reading it from SSM",
                    command.commandId(), instanceId, command.bucket(), AwsErrors.describe(error));
            return fromSsm(command, instanceId);
        });
    }

    private CompletableFuture<OutputText[]> fromSsm(TrackedCommand command, String instanceId) {
        return clients.ssm(command.principal(), command.region()).getCommandInvocation(r -> r
                .commandId(command.commandId()).instanceId(instanceId)).thenApply(result -> new OutputText[] {
                    PluginOutput.stdoutContent(result.standardOutputContent()),
                    PluginOutput.stderrContent(result.standardErrorContent())});
    }

    private CompletableFuture<OutputText[]> fromS3(TrackedCommand command, String instanceId, String output) {
        int cap = clients.settings().maxOutputBytes();
        CompletableFuture<Optional<OutputText>> stdout = object(command, command.outputKey(instanceId, "stdout"), cap);
        CompletableFuture<Optional<OutputText>> stderr = object(command, command.outputKey(instanceId, "stderr"), cap);
        return stdout.thenCombine(stderr, (out, err) -> {
            if (out.isEmpty() && PluginOutput.showsStdout(output) || err.isEmpty() && PluginOutput.showsStderr(output)) {
                throw new IllegalStateException("no object for a stream SSM reports non-empty (upload missing)");
            }
            return new OutputText[] {out.orElse(OutputText.empty()), err.orElse(OutputText.empty())};
        });
    }

    /** Reads at most {@code cap} bytes of one stream's object; empty when there is none. */
    private CompletableFuture<Optional<OutputText>> object(TrackedCommand command, String key, int cap) {
        return clients.limited(command.principal(), command.region(), "GetObject", () -> clients
                        .s3(command.principal(), command.region())
                        .getObject(r -> r.bucket(command.bucket()).key(key).range("bytes=0-" + (cap - 1)),
                                AsyncResponseTransformer.toBytes()))
                .thenApply(bytes -> Optional.of(CappedOutput.of(bytes.asByteArray(), size(bytes), cap)))
                .exceptionally(error -> {
                    Throwable cause = Failures.unwrap(error);
                    if (cause instanceof NoSuchKeyException) {
                        return Optional.empty();
                    }
                    if (cause instanceof S3Exception s3 && s3.statusCode() == RANGE_NOT_SATISFIABLE) {
                        return Optional.of(OutputText.empty());
                    }
                    throw new CompletionException(cause);
                });
    }

    /** The object's whole size: the total of {@code Content-Range} for a ranged answer, else its length. */
    private static long size(ResponseBytes<GetObjectResponse> bytes) {
        String range = bytes.response().contentRange();
        if (range != null && range.contains("/") && !range.endsWith("/*")) {
            return Long.parseLong(range.substring(range.lastIndexOf('/') + 1).trim());
        }
        Long length = bytes.response().contentLength();
        return length == null ? bytes.asByteArray().length : length;
    }
}
