package io.pcmops.aws.internal.ssm;

import io.pcmops.ProviderException;
import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.Failures;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import io.pcmops.spi.ScriptRendering;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

/**
 * Sends one unit with SSM SendCommand and starts tracking it. Instances SSM refuses as not managed
 * ({@code InvalidInstanceId}) are reported {@code NOT_EXECUTED} and the rest is sent; errors that prove nothing was
 * sent become {@link DispatchRejectedException}s; anything else may have been sent.
 */
final class CommandSender {

    private static final Pattern INSTANCE_ID = Pattern.compile("\\bm?i-[0-9a-zA-Z]{8,17}\\b");
    private static final Set<String> NOT_SENT = Set.of("ValidationException", "InvalidDocument",
            "InvalidDocumentVersion", "InvalidParameters", "InvalidOutputFolder", "InvalidRole",
            "InvalidNotificationConfig", "DuplicateInstanceId", "MaxDocumentSizeExceeded", "AccessDeniedException",
            "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredTokenException");

    private final AwsClients clients;
    private final CommandTracker tracker;
    private final Clock clock;

    CommandSender(AwsClients clients, CommandTracker tracker, Clock clock) {
        this.clients = clients;
        this.tracker = tracker;
        this.clock = clock;
    }

    CompletableFuture<String> send(Principal principal, String region, DispatchUnit unit, InvocationSink sink) {
        List<String> ids = unit.targets().stream().map(t -> t.targetId()).toList();
        return attempt(principal, region, unit, ids, sink);
    }

    private CompletableFuture<String> attempt(Principal principal, String region, DispatchUnit unit,
                                              List<String> ids, InvocationSink sink) {
        AwsSettings settings = clients.settings();
        return clients.ssm(principal, region).sendCommand(request(unit, ids, settings)).thenApply(response -> {
            String commandId = response.command().commandId();
            tracker.track(new TrackedCommand(commandId, principal, region, unit, Set.copyOf(ids), sink,
                    clock.instant(), settings.s3OutputBucket(), settings.s3OutputPrefix()));
            return commandId;
        }).exceptionallyCompose(error -> refused(principal, region, unit, ids, sink, error));
    }

    private CompletableFuture<String> refused(Principal principal, String region, DispatchUnit unit,
                                              List<String> ids, InvocationSink sink, Throwable error) {
        String code = AwsErrors.code(error);
        String detail = AwsErrors.describe(error);
        if ("InvalidInstanceId".equals(code)) {
            Set<String> invalid = invalidIds(detail, ids);
            if (invalid.isEmpty()) {
                return rejected("unreachable: " + detail, error);
            }
            sink.accept(invalid.stream().map(id -> InvocationUpdate.state(id, InvocationState.NOT_EXECUTED,
                    "unreachable: not managed by SSM (InvalidInstanceId)")).toList());
            List<String> rest = ids.stream().filter(id -> !invalid.contains(id)).toList();
            return rest.isEmpty() ? rejected("unreachable: no target of the unit is managed by SSM", error)
                    : attempt(principal, region, unit, rest, sink);
        }
        if ("UnsupportedPlatformType".equals(code)) {
            return rejected("platform mismatch: " + detail, error);
        }
        if (code != null && NOT_SENT.contains(code)) {
            return rejected("SSM refused the command: " + detail, error);
        }
        return CompletableFuture.failedFuture(new ProviderException("SendCommand failed: " + detail,
                Failures.unwrap(error)));
    }

    private static CompletableFuture<String> rejected(String reason, Throwable error) {
        return CompletableFuture.failedFuture(new DispatchRejectedException(reason, Failures.unwrap(error)));
    }

    static Set<String> invalidIds(String message, List<String> ids) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = INSTANCE_ID.matcher(message);
        while (matcher.find()) {
            if (ids.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    static SendCommandRequest request(DispatchUnit unit, List<String> ids, AwsSettings settings) {
        boolean powerShell = unit.script().language() == ScriptLanguage.POWERSHELL;
        String text = powerShell ? ScriptRendering.powerShell(unit.script()) : ScriptRendering.posix(unit.script());
        long execution = Math.max(1, Math.min(172_800, unit.executionTimeout().toSeconds()));
        long delivery = Math.max(30, Math.min(2_592_000, unit.deliveryTimeout().toSeconds()));
        List<String> instanceIds = new ArrayList<>(ids);
        return SendCommandRequest.builder()
                .documentName(powerShell ? "AWS-RunPowerShellScript" : "AWS-RunShellScript")
                .instanceIds(instanceIds)
                .parameters(Map.of("commands", List.of(text), "executionTimeout", List.of(Long.toString(execution))))
                .timeoutSeconds((int) delivery)
                .maxConcurrency(Integer.toString(Math.max(1, Math.min(unit.maxConcurrency(), ids.size()))))
                .maxErrors(Integer.toString(Math.max(0, unit.maxErrors())))
                .comment(unit.comment())
                .outputS3BucketName(settings.s3OutputBucket())
                .outputS3KeyPrefix(settings.s3OutputBucket() == null ? null : settings.s3OutputPrefix())
                .build();
    }
}
